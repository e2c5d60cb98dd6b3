using Sniffer.Dissectors.Filter;
using Sniffer.Dissectors.Model;
using Sniffer.Tests.Golden;
using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.Filter;

/// <summary>
/// Fields of protocols Sniffer does not dissect and the first name list does not carry (WireGuard, SMB2, Kerberos,
/// MQTT, BGP…): tshark 4.0 accepts them in -Y and -e, where they match nothing and print empty; Sniffer reads their
/// names and types from the second list (tshark-other-fields-N.txt.gz) and does the same. Valid ones also sit in
/// valid-filters.txt and are swept over every capture by the conformance suite.
/// </summary>
public sealed class TsharkOtherFieldsTests
{
    private static string Capture => Path.Combine(Corpus.SampleCaptures, "http-chunked.pcapng");

    [Theory]
    [InlineData("wg.type", true)]
    [InlineData("2dparityfec.d", true)] // the first name of the first file
    [InlineData("mdssvc.mdssvc_cmd.max_fragment_size2", true)] // the first name of the second file
    [InlineData("zebra.version", true)]
    [InlineData("smb2.cmd", true)]
    [InlineData("wg.typ", false)]
    [InlineData("wg.type.x", false)]
    [InlineData("0", false)]
    [InlineData("~~~", false)]
    public void Names_are_found_in_either_file(string name, bool known) => Assert.Equal(known, TsharkFieldNames.Knows(name));

    [TsharkTheory]
    [InlineData("wg.type == 300")]
    [InlineData("wg.type == foo")]
    [InlineData("mqtt.msgtype == CONNECT")]
    [InlineData("bgp.type == OPEN")]
    [InlineData("wg.receiver == 1.5")]
    public void Refused_as_tshark_refuses(string filter)
    {
        var tshark = ExternalTools.Tshark(["-n", "-r", Capture, "-Y", filter, "-c", "1"]);
        Assert.NotEqual(0, tshark.ExitCode);
        var result = DisplayFilter.Compile(filter, FieldCatalog.Shared);
        Assert.False(result.Succeeded, filter);
        Assert.Equal(tshark.ExitCode, result.Error.ExitCode);
        Assert.Equal(tshark.StdErr.Split('\n').Where(l => l.Length > 0).ToList(), result.Error.Lines("tshark"));
    }

    [TsharkFact]
    public void Fields_print_empty_as_in_tshark() =>
        GoldenComparison.AssertFieldsMatchTshark(Capture, ["frame.number", "wg.type", "smb2.cmd", "quic", "http.request.method"]);

    [TsharkTheory]
    [InlineData("json")]
    [InlineData("ek")]
    public void Machine_formats_leave_them_out_as_tshark(string format)
    {
        var tshark = ExternalTools.Tshark(["-n", "-r", Capture, "-T", format, "-e", "wg.type", "-e", "http.request.method"]);
        Assert.Equal(0, tshark.ExitCode);
        var sniffer = SnifferProcess.Run("read", "-n", "-r", Capture, "-T", format, "-e", "wg.type", "-e", "http.request.method");
        Assert.Equal(0, sniffer.ExitCode);
        Assert.Equal(tshark.StdOut, sniffer.StdOut);
    }

    [Fact]
    public void A_name_in_neither_list_is_still_refused()
    {
        var sniffer = SnifferProcess.Run("read", "-r", Capture, "-T", "fields", "-e", "wg.typo");
        Assert.NotEqual(0, sniffer.ExitCode);
        Assert.Contains("Some fields aren't valid:", sniffer.StdErr);
    }
}
