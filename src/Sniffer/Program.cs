using Sniffer.Commands;

if (args.Length > 0 && args[0] == "capture")
    Sniffer.Capture.Interop.PosixSignals.RestoreInterrupt();
return SnifferCli.Run(args);
