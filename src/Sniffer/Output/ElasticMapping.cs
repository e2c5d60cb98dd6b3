using System.Text;
using Sniffer.Dissectors.Model;

namespace Sniffer.Output;

/// <summary>
/// tshark's <c>-G elastic-mapping</c>: an Elasticsearch index template that types every field <c>-T ek</c> writes
/// ("tcp_tcp_srcport": integer, addresses as ip, times as date, bytes as byte); strings are left to Elasticsearch's
/// default. Fields are named "protocol_abbrev" with dots as underscores, grouped under their protocol.
/// </summary>
public static class ElasticMapping
{
    /// <param name="protocols">Only these protocols, by filter name (tshark's --elastic-mapping-filter); null: all.</param>
    public static void Write(FieldCatalog catalog, TextWriter output, IReadOnlyCollection<string>? protocols = null)
    {
        var sb = new StringBuilder(64 * 1024);
        sb.Append("{\n");
        sb.Append("  \"settings\": {\n");
        sb.Append("    \"index.mapping.total_fields.limit\": 1000000\n");
        sb.Append("  },\n");
        sb.Append("  \"mappings\": {\n");
        sb.Append("    \"dynamic\": false,\n");
        sb.Append("    \"properties\": {\n");
        sb.Append("      \"timestamp\": {\n");
        sb.Append("        \"type\": \"date\"\n");
        sb.Append("      },\n");
        sb.Append("      \"layers\": {\n");
        sb.Append("        \"properties\": {");
        bool firstProtocol = true;
        foreach (var declaration in catalog.Declarations)
        {
            if (declaration.Fields.Count == 0 && declaration.Experts.Count == 0)
                continue;
            var protocol = declaration.Protocol;
            if (protocols is not null && !protocols.Contains(protocol.Abbrev))
                continue;
            sb.Append(firstProtocol ? "\n" : ",\n");
            firstProtocol = false;
            sb.Append("          \"").Append(protocol.Abbrev).Append("\": {\n");
            sb.Append("            \"properties\": {");
            bool firstField = true;
            foreach (var field in declaration.Fields)
            {
                if (TypeOf(field.Type) is not { } type)
                    continue;
                sb.Append(firstField ? "\n" : ",\n");
                firstField = false;
                sb.Append("              \"").Append(EkNames.Underscored(protocol.Abbrev)).Append('_')
                    .Append(EkNames.Underscored(field.Abbrev)).Append("\": {\n");
                sb.Append("                \"type\": \"").Append(type).Append("\"\n");
                sb.Append("              }");
            }
            sb.Append(firstField ? "}\n" : "\n            }\n");
            sb.Append("          }");
        }
        sb.Append(firstProtocol ? "}\n" : "\n        }\n");
        sb.Append("      }\n");
        sb.Append("    }\n");
        sb.Append("  }\n");
        sb.Append("}\n");
        output.Write(sb);
    }

    /// <summary>ws_type_to_elastic: the Elasticsearch type of a field type, or null for those left to the default (strings).</summary>
    public static string? TypeOf(FieldType type) => type switch
    {
        FieldType.UInt16 or FieldType.UInt24 or FieldType.Int16 or FieldType.Int24 or FieldType.Int32 => "integer",
        FieldType.UInt8 or FieldType.Int8 => "short",
        FieldType.FrameNum or FieldType.UInt32 or FieldType.UInt48 or FieldType.UInt64 or FieldType.Int64 => "long",
        FieldType.Float or FieldType.Double => "float",
        FieldType.Ipv4 or FieldType.Ipv6 => "ip",
        FieldType.AbsoluteTime or FieldType.RelativeTime => "date",
        FieldType.Bytes => "byte",
        FieldType.Boolean => "boolean",
        _ => null,
    };
}
