using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Protocols.Http;
using Sniffer.Tests.Infrastructure;

namespace Sniffer.Tests.Http;

/// <summary>HTTP's and MIME multipart's declarations are tshark 4.0's, abbreviation, name and type, one for one.</summary>
public class HttpFieldDeclarationTests
{
    private static readonly Dictionary<string, FieldType> TypeNames = new()
    {
        ["FT_BOOLEAN"] = FieldType.Boolean, ["FT_UINT16"] = FieldType.UInt16, ["FT_UINT32"] = FieldType.UInt32,
        ["FT_UINT64"] = FieldType.UInt64, ["FT_STRING"] = FieldType.String, ["FT_FRAMENUM"] = FieldType.FrameNum,
        ["FT_RELATIVE_TIME"] = FieldType.RelativeTime, ["FT_BYTES"] = FieldType.Bytes, ["FT_NONE"] = FieldType.None,
    };

    [TsharkFact]
    public void Every_http_and_mime_multipart_field_and_expert_is_declared_as_tshark_declares_it()
    {
        var result = ExternalTools.Tshark("-G", "fields");
        var ours = HttpFields.Declaration.Fields.Concat(HttpFields.Declaration.Experts)
            .Concat(typeof(MimeMultipartFields).GetFields().Select(f => f.GetValue(null)).OfType<FieldDef>())
            .ToDictionary(f => f.Abbrev);
        int checkedFields = 0;
        foreach (var line in result.StdOut.Split('\n'))
        {
            var cells = line.Split('\t');
            if (cells.Length < 5 || cells[0] != "F" || cells[4] is not ("http" or "mime_multipart"))
                continue;
            if (!ours.TryGetValue(cells[2], out var field))
            {
                // Experts tshark lists that Sniffer never raises (HTTP bodies are not handed to subdissectors here).
                Assert.True(cells[2] is "http.subdissector_failed" or "http.decompression_disabled"
                    or "mime_multipart.no_required_parameter" or "mime_multipart.decryption_not_possible", $"{cells[2]} is not declared");
                continue;
            }
            Assert.Equal(cells[1], field.Name);
            Assert.Equal(TypeNames[cells[3]], field.Type);
            checkedFields++;
        }
        Assert.True(checkedFields > 90, $"only {checkedFields} fields were compared");
    }
}
