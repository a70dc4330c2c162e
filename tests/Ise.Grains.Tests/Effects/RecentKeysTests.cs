using Ise.Effects;

namespace Ise.Grains.Tests.Effects;

/// <summary>The bounded memory of one-shot keys: repeats are recognised, the oldest is forgotten beyond its capacity.</summary>
public sealed class RecentKeysTests
{
    [Fact]
    public void A_key_is_new_once_and_the_oldest_is_forgotten_beyond_the_capacity()
    {
        var recent = new RecentKeys();
        for (var i = 0; i <= RecentKeys.Capacity; i++)
        {
            Assert.True(recent.TryAdd($"key-{i}"));
        }

        Assert.False(recent.TryAdd("key-1"));
        Assert.Equal(RecentKeys.Capacity, recent.Keys.Count);
        Assert.False(recent.Contains("key-0"));
        Assert.True(recent.TryAdd("key-0"));
        Assert.False(recent.Contains("key-1"));
        Assert.Equal("key-2", recent.Keys[0]);
        Assert.Equal(recent.Keys.Count, recent.Keys.Distinct().Count());
    }

    [Fact]
    public void Keys_read_back_from_storage_are_recognised()
    {
        var recent = new RecentKeys();
        Assert.True(recent.TryAdd("before"));

        recent.Keys = ["event|ev-1|Announced", "connection|c-7"];

        Assert.True(recent.Contains("connection|c-7"));
        Assert.False(recent.Contains("before"));
        Assert.False(recent.TryAdd("event|ev-1|Announced"));
    }
}
