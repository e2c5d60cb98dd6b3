using Sniffer.Commands;

return SnifferCli.Run(args);
