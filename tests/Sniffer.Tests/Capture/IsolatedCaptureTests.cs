using Sniffer.Lab;
using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.Capture;

/// <summary>Captures that need a world of their own: a disk that fills up, and an Ethernet link between two network namespaces.</summary>
[Collection(LiveCaptureCollection.Name)]
public class IsolatedCaptureTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    [TmpfsFact]
    public async Task A_full_disk_stops_the_capture_with_one_error_and_leaves_a_readable_file()
    {
        string dir = Directory.CreateTempSubdirectory("sniffer-full-").FullName;
        Assert.Equal(0, ExternalTools.Run("mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", dir]).ExitCode);
        try
        {
            await using var traffic = new LabTraffic();
            string path = Path.Combine(dir, "full.pcapng");
            using var capture = BackgroundProcess.Sniffer("capture", "-i", "lo", "-f", traffic.Filter, "-w", path);
            Assert.True(capture.WaitForStdErr("Capturing on", Limit), capture.StdErr);
            var (stop, done) = traffic.BrowseContinuously();
            Assert.True(capture.WaitForExit(Limit, out int code), "the capture did not stop on the full disk");
            await stop.CancelAsync();
            await done;

            Assert.Equal(1, code);
            string[] errors = capture.StdErr.Split('\n').Where(l => l.StartsWith("sniffer: ", StringComparison.Ordinal)).ToArray();
            var error = Assert.Single(errors);
            Assert.StartsWith($"sniffer: An error occurred while writing to the file \"{path}\": No space left on device", error);
            Assert.DoesNotContain("   at ", capture.StdErr);

            var read = ExternalTools.Tshark("-r", path, "-T", "fields", "-e", "frame.number");
            Assert.Equal(0, read.ExitCode);
            Assert.Equal("", read.StdErr);
            Assert.True(read.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length > 10);
        }
        finally
        {
            ExternalTools.Run("umount", [dir]);
            Directory.Delete(dir, recursive: true);
        }
    }

    [NetnsFact]
    public void A_capture_on_a_veth_inside_a_network_namespace_records_Ethernet_frames()
    {
        int id = Environment.ProcessId % 100000;
        string client = $"snf-c-{id}", server = $"snf-s-{id}";
        string clientLink = $"snfc{id}", serverLink = $"snfs{id}";
        const string clientAddress = "10.213.7.1", serverAddress = "10.213.7.2";
        string dir = Directory.CreateTempSubdirectory("sniffer-veth-").FullName;
        string path = Path.Combine(dir, "veth.pcapng");
        BackgroundProcess? peer = null, capture = null;
        try
        {
            Assert.Equal(0, IsolatedNetwork.Ip("netns", "add", client).ExitCode);
            Assert.Equal(0, IsolatedNetwork.Ip("netns", "add", server).ExitCode);
            Assert.Equal(0, IsolatedNetwork.Ip("link", "add", clientLink, "netns", client, "type", "veth", "peer", "name", serverLink, "netns", server).ExitCode);
            Assert.Equal(0, IsolatedNetwork.Ip("-n", client, "addr", "add", clientAddress + "/24", "dev", clientLink).ExitCode);
            Assert.Equal(0, IsolatedNetwork.Ip("-n", server, "addr", "add", serverAddress + "/24", "dev", serverLink).ExitCode);
            Assert.Equal(0, IsolatedNetwork.Ip("-n", client, "link", "set", clientLink, "up").ExitCode);
            Assert.Equal(0, IsolatedNetwork.Ip("-n", server, "link", "set", serverLink, "up").ExitCode);

            peer = BackgroundProcess.Start("ip", ["netns", "exec", server, .. SnifferProcess.Words, "lab", "serve", "http",
                "--bind", serverAddress, "--port", "8080", "--duration", "60"]);
            Assert.True(peer.WaitForStdErr("listening on", Limit), peer.StdErr);
            capture = BackgroundProcess.Start("ip", ["netns", "exec", client, .. SnifferProcess.Words, "capture",
                "-i", clientLink, "-f", "tcp port 8080", "-w", path]);
            Assert.True(capture.WaitForStdErr("Capturing on", Limit), capture.StdErr);

            var browse = ExternalTools.Run("ip", ["netns", "exec", client, .. SnifferProcess.Words, "lab", "client", "http",
                "--host", serverAddress, "--port", "8080", "--scenario", "keepalive"], timeoutSeconds: 60);
            Assert.Equal(0, browse.ExitCode);
            Thread.Sleep(300);
            capture.Signal(BackgroundProcess.SigInt);
            Assert.True(capture.WaitForExit(Limit, out int code), capture.StdErr);
            Assert.Equal(0, code);

            Assert.Contains("Encapsulation = Ethernet (1 - ether)", ExternalTools.Run("capinfos", [path]).StdOut);
            var frames = ExternalTools.Tshark("-r", path, "-T", "fields", "-e", "eth.src", "-e", "ip.src", "-e", "tcp.flags.str");
            Assert.Equal(0, frames.ExitCode);
            Assert.Equal("", frames.StdErr);
            string[] lines = frames.StdOut.TrimEnd('\n').Split('\n');
            Assert.Contains(lines, l => l.Contains(clientAddress + "\t··········S·", StringComparison.Ordinal));
            Assert.Contains(lines, l => l.Contains(serverAddress + "\t·······A··S·", StringComparison.Ordinal));
            Assert.DoesNotContain(lines, l => l.StartsWith("00:00:00:00:00:00", StringComparison.Ordinal));   // real MACs, not lo's
        }
        finally
        {
            capture?.Dispose();
            peer?.Dispose();
            IsolatedNetwork.Ip("netns", "del", client);
            IsolatedNetwork.Ip("netns", "del", server);
            Directory.Delete(dir, recursive: true);
        }
    }
}
