using System.Reflection;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Registry;

namespace Sniffer.Tests.Model;

public class FieldCatalogTests
{
    /// <summary>Every static definition in the dissector library, found by reflection here in the test (never at start-up).</summary>
    private static IEnumerable<(string Member, FieldDef Field)> StaticDefinitions() =>
        from type in typeof(FieldDef).Assembly.GetTypes()
        from member in type.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
        where typeof(FieldDef).IsAssignableFrom(member.FieldType) && member.IsInitOnly
        let value = member.GetValue(null) as FieldDef
        where value is not null
        select ($"{type.FullName}.{member.Name}", value);

    [Fact]
    public void Every_declared_field_is_registered_by_exactly_one_protocol()
    {
        var catalog = FieldCatalog.Shared;
        var missing = StaticDefinitions().Where(d => d.Field.SameNameAs is null ? !ReferenceEquals(catalog.Find(d.Field.Abbrev), d.Field)
            : !catalog.DefinitionsOf(d.Field.Abbrev).Contains(d.Field)).Select(d => $"{d.Member} ({d.Field.Abbrev})").ToList();
        Assert.True(missing.Count == 0, "declared but not registered: " + string.Join(", ", missing));
    }

    [Fact]
    public void Each_field_names_the_protocol_that_declared_it()
    {
        var catalog = FieldCatalog.Shared;
        Assert.Equal("tcp", catalog.ProtocolOf(catalog.Find("tcp.flags.syn")!)!.Abbrev);
        Assert.Equal("http", catalog.ProtocolOf(catalog.Find("http.te_and_length")!)!.Abbrev);
        Assert.Equal("ipv6.fraghdr", catalog.ProtocolOf(catalog.Find("ipv6.fraghdr.offset")!)!.Abbrev);
        Assert.Equal("x509sat", catalog.ProtocolOf(catalog.Find("x509sat.uTF8String")!)!.Abbrev);
        Assert.Equal("_ws.malformed", catalog.ProtocolOf(catalog.Find("_ws.malformed.dissector_bug")!)!.Abbrev);
        Assert.Null(catalog.ProtocolOf(catalog.Find("text")!));
        foreach (var d in catalog.Declarations)
            foreach (var f in d.Fields.Concat(d.SecondDefinitions))
                Assert.Same(d.Protocol, catalog.ProtocolOf(f));
    }

    [Fact]
    public void A_name_tshark_registers_twice_has_both_definitions_each_with_its_own_id_and_mask()
    {
        var catalog = FieldCatalog.Shared;
        foreach (var (name, masks, owners) in new[]
        {
            ("ip.version", new ulong[] { 0, 0xF0 }, new[] { "ip", "ipv6" }),
            ("dns.qry.class", [0, 0x7FFF], ["dns", "dns"]),
            ("dns.resp.class", [0, 0x7FFF], ["dns", "dns"]),
            ("radiotap.mcs.have_bw", [0x01, 0x40], ["radiotap", "radiotap"]),
        })
        {
            var all = catalog.DefinitionsOf(name);
            Assert.Equal(masks, all.Select(f => f.Bitmask));
            Assert.Equal(owners, all.Select(f => catalog.ProtocolOf(f)!.Abbrev));
            Assert.Same(all[0], catalog.Find(name));
            Assert.Same(all[0], all[1].SameNameAs);
            Assert.NotEqual(all[0].Id, all[1].Id);
            Assert.Equal(all[0].Id, all[1].NameId);
            Assert.True(all[0].SharesName(all[1]) && all[1].SharesName(all[0]));
            Assert.Single(catalog.All, f => f.Abbrev == name); // the glossaries list the name once, by its first definition
        }
        Assert.Empty(catalog.DefinitionsOf("no.such.field"));
        Assert.Single(catalog.DefinitionsOf("tcp.port"));
    }

    [Fact]
    public void A_second_definition_is_accepted_only_as_one_and_only_beside_its_first()
    {
        var proto = new ProtocolDef("twice", "TWICE", "Twice");
        var first = new FieldDef("twice.x", "X", FieldType.UInt16);
        var second = new FieldDef("twice.x", "X", FieldType.UInt16, FieldBase.Hex, 0x7FFF) { SameNameAs = first };
        var catalog = new FieldCatalog([new ProtocolDeclaration(proto, [first]) { SecondDefinitions = [second] }]);
        Assert.Equal([first, second], catalog.DefinitionsOf("twice.x"));
        Assert.Same(first, catalog.Find("twice.x"));
        // listed among the fields (so a glossary would list the name twice), or without its first, or twice: refused at start-up
        Assert.Throws<InvalidOperationException>(() => new FieldCatalog([new ProtocolDeclaration(proto, [first, second])]));
        Assert.Throws<InvalidOperationException>(() => new FieldCatalog([new ProtocolDeclaration(proto, []) { SecondDefinitions = [second] }]));
        Assert.Throws<InvalidOperationException>(() => new FieldCatalog([new ProtocolDeclaration(proto, [first]) { SecondDefinitions = [second, second] }]));
        // a second definition names a first definition of its own name, and only a listed second definition is one
        Assert.Throws<ArgumentException>(() => new FieldDef("twice.y", "Y", FieldType.UInt16) { SameNameAs = first });
        Assert.Throws<ArgumentException>(() => new FieldDef("twice.x", "X", FieldType.UInt16) { SameNameAs = second });
        Assert.Throws<ArgumentException>(() => new ProtocolDeclaration(proto, [first]) { SecondDefinitions = [first] });
    }

    [Fact]
    public void Ids_are_unique_and_stable_whatever_catalogs_are_built()
    {
        var before = FieldCatalog.Shared.All.ToDictionary(f => f.Abbrev, f => f.Id);
        var second = new FieldCatalog(BuiltInProtocols.Declarations, BuiltInProtocols.Unowned);
        Assert.Equal(before.Count, second.All.Count);
        Assert.All(second.All, f => Assert.Equal(before[f.Abbrev], f.Id));
        Assert.Equal(before.Count, before.Values.Distinct().Count());
        Assert.All(before.Values, id => Assert.InRange(id, 0, FieldDef.IdCount - 1));
    }

    [Fact]
    public void A_field_listed_twice_fails_at_start_up()
    {
        var proto = new ProtocolDef("dup", "DUP", "Duplicate");
        var field = new FieldDef("dup.x", "X", FieldType.UInt8);
        var other = new FieldDef("dup.x", "Other X", FieldType.UInt8);
        Assert.Throws<InvalidOperationException>(() => new FieldCatalog([new ProtocolDeclaration(proto, [field, field])]));
        Assert.Throws<InvalidOperationException>(() => new FieldCatalog([new ProtocolDeclaration(proto, [field, other])]));
    }

    [Fact]
    public void Default_ports_are_preferences_the_user_can_change()
    {
        var catalog = FieldCatalog.Shared;
        var prefs = new Preferences(catalog);
        Assert.Null(prefs.Set("htcpcp.tcp.port:6000-6001"));
        Assert.Equal("Invalid -o flag \"nosuch.pref:1\"; No such preference", prefs.Set("nosuch.pref:1"));
        Assert.NotNull(prefs.Set("http.tcp.port:abc"));
        var registry = DefaultDissectors.CreateRegistry(preferences: prefs);
        Assert.Equal("htcpcp", registry.ForTcpPort(6001)?.Protocol.Abbrev);
        Assert.Null(registry.ForTcpPort(5030));
        Assert.Equal("http", registry.ForTcpPort(8080)?.Protocol.Abbrev);
    }
}
