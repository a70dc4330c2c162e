using Ise.Diagnostics;

namespace Ise.Grains.Tests.Diagnostics;

public sealed class PeerHistogramTests
{
    [Fact]
    public void The_median_of_an_odd_count_is_the_middle_value()
    {
        var histogram = Of(200, 500, 500, 750, 1000);

        Assert.Equal(50m, histogram.Median());
    }

    [Fact]
    public void The_median_of_an_even_count_is_the_mean_of_the_two_middle_values()
    {
        Assert.Equal(62.5m, Of(200, 500, 750, 1000).Median());
        Assert.Equal(31.3m, Of(313, 313).Median());
        Assert.Equal(0.5m, Of(0, 10).Median());
    }

    [Fact]
    public void Removing_a_replaced_score_moves_the_median_back()
    {
        var histogram = Of(200, 500, 750);
        histogram.Remove(200);
        histogram.Add(900);

        Assert.Equal(75m, histogram.Median());
        Assert.Equal(3, histogram.Total);
        histogram.Remove(500);
        histogram.Remove(750);
        histogram.Remove(900);
        Assert.Null(histogram.Median());
        Assert.Empty(histogram.Counts);
    }

    private static PeerHistogram Of(params int[] tenths)
    {
        var histogram = new PeerHistogram();
        foreach (var value in tenths)
        {
            histogram.Add(value);
        }

        return histogram;
    }
}
