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

    /// <summary>
    /// tshark's second registrations of a name at another width, which a dissector uses beside the catalog's first one
    /// (802.11's Extended Capabilities octets 8 and 9, read as one 16-bit value). The catalog holds one definition per name
    /// until second definitions are registered explicitly; each listed here names the first definition it shadows.
    /// </summary>
    private static readonly HashSet<string> SecondRegistrations =
    [
        .. new[] { "Extcap16", "B56", "B57", "B58", "B59", "B60", "B61", "B62", "MaxMsdus" }
            .Select(m => "Sniffer.Dissectors.Protocols.Wlan.WlanCapabilityTags." + m),
    ];

    [Fact]
    public void Every_declared_field_is_registered_by_exactly_one_protocol()
    {
        var catalog = FieldCatalog.Shared;
        var missing = StaticDefinitions().Where(d => !ReferenceEquals(catalog.Find(d.Field.Abbrev), d.Field) && !SecondRegistrations.Contains(d.Member))
            .Select(d => $"{d.Member} ({d.Field.Abbrev})").ToList();
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
            foreach (var f in d.Fields)
                Assert.Same(d.Protocol, catalog.ProtocolOf(f));
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
