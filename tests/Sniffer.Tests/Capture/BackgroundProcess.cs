using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;

namespace Sniffer.Tests.Capture;

/// <summary>
/// A child process a test starts and stops itself: standard output kept as bytes (pcapng on -w -), standard
/// error as text to wait on, signals sent by PID, and a kill by PID on dispose if it is still running.
/// </summary>
public sealed partial class BackgroundProcess : IDisposable
{
    public const int SigInt = 2;
    public const int SigKill = 9;
    public const int SigTerm = 15;

    private readonly Process _process;
    private readonly MemoryStream _stdout = new();
    private readonly StringBuilder _stderr = new();
    private readonly Task _stdoutPump;
    private readonly Task _stderrPump;

    private BackgroundProcess(Process process)
    {
        _process = process;
        _stdoutPump = process.StandardOutput.BaseStream.CopyToAsync(new LockedStream(_stdout));
        _stderrPump = Task.Run(async () =>
        {
            var buffer = new char[4096];
            int read;
            while ((read = await process.StandardError.ReadAsync(buffer)) > 0)
                lock (_stderr)
                    _stderr.Append(buffer, 0, read);
        });
    }

    public int Pid => _process.Id;

    public static BackgroundProcess Start(string file, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var psi = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (string a in arguments)
            psi.ArgumentList.Add(a);
        psi.Environment["WIRESHARK_CONFIG_DIR"] = Path.Combine(Path.GetTempPath(), "sniffer-tests-wireshark");
        foreach (var (k, v) in environment ?? new Dictionary<string, string>())
            psi.Environment[k] = v;
        var process = Process.Start(psi) ?? throw new InvalidOperationException("could not start " + file);
        return new BackgroundProcess(process);
    }

    /// <summary>The built sniffer: the AOT binary of the test run when there is one, else sniffer.dll with dotnet.</summary>
    public static BackgroundProcess Sniffer(params string[] arguments) => Sniffer(null, arguments);

    public static BackgroundProcess Sniffer(IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        var (file, prefix) = Infrastructure.SnifferProcess.Command;
        return Start(file, [.. prefix, .. arguments], environment);
    }

    public string StdErr
    {
        get { lock (_stderr) return _stderr.ToString(); }
    }

    public byte[] StdOut
    {
        get { lock (_stdout) return _stdout.ToArray(); }
    }

    public string StdOutText => Encoding.UTF8.GetString(StdOut);

    /// <summary>Waits until standard error contains <paramref name="text"/>; false if the process ended or time ran out first.</summary>
    public bool WaitForStdErr(string text, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (StdErr.Contains(text, StringComparison.Ordinal))
                return true;
            if (_process.HasExited)
            {
                _stderrPump.Wait(TimeSpan.FromSeconds(2));
                return StdErr.Contains(text, StringComparison.Ordinal);
            }
            Thread.Sleep(20);
        }
        return false;
    }

    public void Signal(int signal)
    {
        if (!_process.HasExited && Kill(_process.Id, signal) != 0)
            throw new InvalidOperationException($"kill({_process.Id}, {signal}) failed");
    }

    /// <summary>Waits for the exit (and for the output pumps to drain); false when it is still running after <paramref name="timeout"/>.</summary>
    public bool WaitForExit(TimeSpan timeout, out int exitCode)
    {
        exitCode = -1;
        if (!_process.WaitForExit(timeout))
            return false;
        _process.WaitForExit();
        Task.WaitAll([_stdoutPump, _stderrPump], TimeSpan.FromSeconds(10));
        exitCode = _process.ExitCode;
        return true;
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException) { }
        _process.Dispose();
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);

    /// <summary>Appends to a MemoryStream under its lock, so <see cref="StdOut"/> can be read while the pump writes.</summary>
    private sealed class LockedStream(MemoryStream inner) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count)
        {
            lock (inner)
                inner.Write(buffer, offset, count);
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            lock (inner)
                inner.Write(buffer.Span);
            return ValueTask.CompletedTask;
        }
    }
}
