using FsCheck;
using FsCheck.Fluent;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Protocols.Htcpcp;
using Sniffer.Dissectors.Streams;
using Sniffer.Tests.Http;

namespace Sniffer.Tests.Htcpcp;

/// <summary>An HTCPCP session cut anywhere gives the same messages and fields, lab pot quirks included.</summary>
public class HtcpcpSplitPropertyTests
{
    private static readonly ConversationSplitter Splitter = new(() => HtcpcpDissector.Instance,
        [HtcpcpFixtures.Brew.Bytes, HtcpcpFixtures.When.Bytes, HtcpcpFixtures.TeaBrew.Bytes, HtcpcpFixtures.Propfind.Bytes, HtcpcpFixtures.LabRequest.Bytes],
        [HtcpcpFixtures.Teapot.Bytes, HtcpcpFixtures.NotAcceptable.Bytes, HtcpcpFixtures.ChunkedReply.Bytes, HtcpcpFixtures.Teapot.Bytes, HtcpcpFixtures.LabReply.Bytes],
        new HashSet<FieldDef> { HtcpcpFields.RequestIn, HtcpcpFields.Time }, lastResponseRunsUntilClose: true);

    private static readonly ConversationSplitter.Outcome Reference = Splitter.PlayWhole();

    [Fact]
    public void The_reference_run_reports_every_message_once()
    {
        Assert.Equal(10, Reference.Pdus.Count);
        Assert.Equal(5, HtcpcpDissector.ConversationOf(Reference.Harness.Conversation)!.Transactions.Count(t => t.HasRequest && t.HasResponse));
    }

    [Fact]
    public void Cutting_an_htcpcp_session_anywhere_gives_the_same_messages_each_on_its_last_segment()
    {
        var property = Prop.ForAll(Gen.ArrayOf(Gen.Choose(1, 40)).ToArbitrary(), (int[] lengths) =>
        {
            var outcome = Splitter.PlayCut(lengths);
            Assert.Equal(Reference.InDirection(StreamDirection.ClientToServer), outcome.InDirection(StreamDirection.ClientToServer));
            Assert.Equal(Reference.InDirection(StreamDirection.ServerToClient), outcome.InDirection(StreamDirection.ServerToClient));
            Splitter.AssertEachPduOnItsLastSegment(lengths, outcome);
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), property);
    }
}
