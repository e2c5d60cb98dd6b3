using System.CommandLine;
using Sniffer.Commands;

namespace Sniffer.Tests.Cli;

/// <summary>No stack trace reaches a user: a command that runs out of memory or faults ends with one line and exit code 2.</summary>
public class GuardedInvocationTests
{
    private static (int Code, string Error) Run(Exception fault)
    {
        var root = new RootCommand("test");
        var command = new Command("boom");
        command.SetAction(new Func<ParseResult, int>(_ => throw fault));
        root.Subcommands.Add(command);
        var error = new StringWriter();
        int code = SnifferCli.InvokeGuarded(root.Parse(["boom"]), error);
        return (code, error.ToString());
    }

    [Fact]
    public void Running_out_of_memory_is_one_line_naming_the_bounds()
    {
        var (code, error) = Run(new OutOfMemoryException());
        Assert.Equal(2, code);
        Assert.Equal("sniffer: out of memory; --max-connections and --reassembly-total bound what a capture may hold\n", error);
    }

    [Fact]
    public void Any_other_fault_is_one_line_without_a_stack_trace()
    {
        var (code, error) = Run(new InvalidOperationException("two\nlines"));
        Assert.Equal(2, code);
        Assert.Equal("sniffer: internal error: InvalidOperationException: two lines\n", error);
        Assert.DoesNotContain("   at ", error);
    }
}
