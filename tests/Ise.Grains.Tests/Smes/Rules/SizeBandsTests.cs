using Ise.Smes;
using Ise.Smes.Rules;

namespace Ise.Grains.Tests.Smes.Rules;

public sealed class SizeBandsTests
{
    [Theory]
    [InlineData(0, SizeBand.Micro)]
    [InlineData(1, SizeBand.Micro)]
    [InlineData(9, SizeBand.Micro)]
    [InlineData(10, SizeBand.Small)]
    [InlineData(49, SizeBand.Small)]
    [InlineData(50, SizeBand.Medium)]
    [InlineData(249, SizeBand.Medium)]
    [InlineData(250, SizeBand.Large)]
    [InlineData(10_000, SizeBand.Large)]
    public void Staff_count_gives_the_EU_size_band(int staffCount, SizeBand expected)
    {
        Assert.Equal(expected, SizeBands.Of(staffCount));
    }
}
