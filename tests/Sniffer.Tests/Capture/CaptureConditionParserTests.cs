using Sniffer.Capture;

namespace Sniffer.Tests.Capture;

/// <summary>-a and -b arguments, as dumpcap spells them.</summary>
public class CaptureConditionParserTests
{
    [Fact]
    public void Several_conditions_separated_by_commas_are_all_read()
    {
        var conditions = new List<CaptureCondition>();
        Assert.True(CaptureConditionParser.TryParse("files:5,filesize:1000", CaptureConditionParser.RingBuffer, conditions, out _));
        Assert.Equal([new(CaptureConditionKind.Files, 5), new(CaptureConditionKind.FileSize, 1000)], conditions);
    }

    [Theory]
    [InlineData("duration:10", CaptureConditionKind.Duration, 10)]
    [InlineData("filesize:64", CaptureConditionKind.FileSize, 64)]
    [InlineData("packets:3", CaptureConditionKind.Packets, 3)]
    public void Each_autostop_word_gives_its_condition(string text, CaptureConditionKind kind, long value)
    {
        var conditions = new List<CaptureCondition>();
        Assert.True(CaptureConditionParser.TryParse(text, CaptureConditionParser.Autostop, conditions, out _));
        Assert.Equal(new CaptureCondition(kind, value), Assert.Single(conditions));
    }

    [Theory]
    [InlineData("files:3", "files:3")]
    [InlineData("duration", "needs a positive whole number")]
    [InlineData("duration:0", "needs a positive whole number")]
    [InlineData("duration:-5", "needs a positive whole number")]
    [InlineData("duration:ten", "needs a positive whole number")]
    [InlineData("seconds:5", "is not a condition here")]
    public void A_bad_autostop_condition_is_refused_with_words_that_name_it(string text, string expected)
    {
        Assert.False(CaptureConditionParser.TryParse(text, CaptureConditionParser.Autostop, [], out string error));
        Assert.Contains(expected, error);
    }

    [Fact]
    public void The_last_value_given_for_a_condition_wins()
    {
        var conditions = new List<CaptureCondition>();
        Assert.True(CaptureConditionParser.TryParse("duration:5", CaptureConditionParser.Autostop, conditions, out _));
        Assert.True(CaptureConditionParser.TryParse("duration:7", CaptureConditionParser.Autostop, conditions, out _));
        Assert.Equal(7, CaptureConditionParser.Find(conditions, CaptureConditionKind.Duration));
        Assert.Null(CaptureConditionParser.Find(conditions, CaptureConditionKind.Packets));
    }
}
