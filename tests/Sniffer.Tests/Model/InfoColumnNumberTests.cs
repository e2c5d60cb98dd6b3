using System.Globalization;
using Sniffer.Dissectors.Model;

namespace Sniffer.Tests.Model;

/// <summary>The Info column writes numbers exactly as the invariant culture's default format does.</summary>
public class InfoColumnNumberTests
{
    [Theory]
    [InlineData(0L)]
    [InlineData(7L)]
    [InlineData(10L)]
    [InlineData(65535L)]
    [InlineData(-1L)]
    [InlineData(-4294967296L)]
    [InlineData(long.MaxValue)]
    [InlineData(long.MinValue)]
    public void Signed_numbers(long value)
    {
        var info = new InfoColumn { Enabled = true };
        info.Append("Seq=");
        info.Append(value);
        Assert.Equal("Seq=" + value.ToString(CultureInfo.InvariantCulture), info.Text.ToString());
    }

    [Fact]
    public void Unsigned_numbers_across_every_digit_count()
    {
        var info = new InfoColumn { Enabled = true };
        var expected = new System.Text.StringBuilder();
        for (ulong v = 1, i = 0; i < 20; i++, v = unchecked(v * 10))
        {
            foreach (ulong x in new[] { v - 1, v, v + 1, ulong.MaxValue - v })
            {
                info.Append(x);
                info.Append(' ');
                expected.Append(x.ToString(CultureInfo.InvariantCulture)).Append(' ');
            }
        }
        Assert.Equal(expected.ToString(), info.Text.ToString());
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(9L)]
    [InlineData(-9L)]
    [InlineData(1234567890123L)]
    [InlineData(long.MaxValue)]
    [InlineData(long.MinValue)]
    public void Utf8_text_writes_numbers_as_the_invariant_culture(long value)
    {
        var text = new Sniffer.Output.Utf8Text(8);
        text.AppendDecimal(value);
        text.Append((byte)' ');
        text.AppendDecimal(unchecked((ulong)value));
        Assert.Equal(value.ToString(CultureInfo.InvariantCulture) + " " + unchecked((ulong)value).ToString(CultureInfo.InvariantCulture),
            System.Text.Encoding.ASCII.GetString(text.Written));
    }
}
