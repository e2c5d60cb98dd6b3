namespace Sniffer.Analysis;

public static class HtmlReportWriter
{
    public static void Write(LabReport r, TextWriter output) => MarkdownReportWriter.Write(r, output);
}
