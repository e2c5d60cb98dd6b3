namespace Sniffer.Dissectors.Filter.Evaluation;

/// <summary>One member of a compiled set: a value, or a range checked as low &lt;= x &lt;= high.</summary>
internal readonly record struct InElement(ValueExpr Low, ValueExpr? High);
