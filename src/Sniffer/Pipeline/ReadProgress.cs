using System.Diagnostics;
using System.Runtime.InteropServices;
using Spectre.Console;

namespace Sniffer.Pipeline;

/// <summary>
/// A progress bar on standard error for a long read (Spectre.Console): shown only when standard error is a terminal
/// and the frames' output goes elsewhere (a file, a pipe, or nowhere with -q), and only once the read has taken more
/// than a second. The reading loop reports its file position now and then (<see cref="Tick"/>); the bar draws from
/// its own thread and is cleared at the end, the cursor shown again even when the read is interrupted.
/// </summary>
public sealed class ReadProgress : IDisposable
{
    /// <summary>How long a read runs before the bar shows (SNIFFER_PROGRESS_AFTER_MS overrides it, for tests).</summary>
    private static readonly long ShowAfterMilliseconds =
        long.TryParse(Environment.GetEnvironmentVariable("SNIFFER_PROGRESS_AFTER_MS"), out long ms) && ms >= 0 ? ms : 1000;
    /// <summary>Frames between looks at the clock and the file position.</summary>
    private const int TickMask = 1023;

    private readonly FileStream _file;
    private readonly long _length;
    private readonly string _name;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _position;
    private long _ticks;
    private volatile bool _done;
    private Thread? _renderer;
    private PosixSignalRegistration? _interrupt;
    private PosixSignalRegistration? _terminate;

    private ReadProgress(FileStream file, string name)
    {
        _file = file;
        _length = file.Length;
        _name = name;
    }

    /// <summary>A progress reporter for reading <paramref name="file"/>, or null when no bar should ever show.</summary>
    public static ReadProgress? For(ReadSettings settings, FileStream? file)
    {
        if (file is null || !file.CanSeek || !settings.ErrorIsTerminal || (settings.OutputIsTerminal && !settings.Quiet))
            return null;
        if (Environment.GetEnvironmentVariable("TERM") is "dumb")
            return null;
        long length;
        try
        {
            length = file.Length;
        }
        catch (IOException)
        {
            return null;
        }
        return length > 0 ? new ReadProgress(file, Path.GetFileName(settings.File)) : null;
    }

    /// <summary>Called for every frame read; cheap except on every 1024th.</summary>
    public void Tick()
    {
        if ((++_ticks & TickMask) != 0)
            return;
        Volatile.Write(ref _position, _file.Position);
        if (_renderer is null && _clock.ElapsedMilliseconds >= ShowAfterMilliseconds)
            StartBar();
    }

    private void StartBar()
    {
        // An interrupted read must not leave the terminal without its cursor.
        _interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, _ => ShowCursor());
        _terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, _ => ShowCursor());
        _renderer = new Thread(Render) { IsBackground = true, Name = "read progress" };
        _renderer.Start();
    }

    private static void ShowCursor() => Console.Error.Write("\u001b[?25h");

    private void Render()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(Console.Error),
            Ansi = AnsiSupport.Yes,
            ColorSystem = ColorSystemSupport.Detect,
            Interactive = InteractionSupport.Yes,
        });
        console.Profile.Width = TerminalSize.Columns(2);
        console.Profile.Height = 24;
        console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask(Markup.Escape(_name), maxValue: _length);
                while (!_done)
                {
                    task.Value = Volatile.Read(ref _position);
                    Thread.Sleep(100);
                }
                task.Value = _length;
            });
    }

    public void Dispose()
    {
        _done = true;
        _renderer?.Join();
        _interrupt?.Dispose();
        _terminate?.Dispose();
    }
}
