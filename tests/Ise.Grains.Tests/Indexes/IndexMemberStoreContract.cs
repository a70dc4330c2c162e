using Ise.Indexes;

namespace Ise.Grains.Tests.Indexes;

/// <summary>
/// What every index list store does: members in ordinal order with paging and the list's size; a
/// change applied only over an older row of its member, so a change delivered again or late changes
/// nothing and a member that left stays out until a newer change brings it back.
/// </summary>
public abstract class IndexMemberStoreContract
{
    protected abstract IIndexMemberStore Store { get; }

    [Fact]
    public async Task Members_page_in_ordinal_order_with_the_list_s_size()
    {
        var list = NewList();
        await Store.ApplyAsync([Add(list, "b-1", 1), Add(list, "a-1", 1), Add(list, "B-2", 1), Add(list, "c", 1), Add(NewList(), "elsewhere", 1)]);

        var first = await Store.PageAsync(list, null, 2);
        var rest = await Store.PageAsync(list, first.Members[^1], 10);

        Assert.Equal(("B-2 a-1", true, 4), (string.Join(' ', first.Members), first.HasMore, first.Count));
        Assert.Equal(("b-1 c", false, 4), (string.Join(' ', rest.Members), rest.HasMore, rest.Count));
        Assert.Equal(["b-1", "c"], (await Store.PageAsync(list, "a-2", 10)).Members);
        var none = await Store.PageAsync(list, null, 0);
        Assert.Equal((0, true, 4), (none.Members.Count, none.HasMore, none.Count));
        Assert.Equal(0, (await Store.PageAsync(NewList(), null, 10)).Count);
    }

    [Fact]
    public async Task A_change_delivered_again_or_late_changes_nothing_and_a_removal_stays_until_a_newer_add()
    {
        var list = NewList();
        await Store.ApplyAsync([Add(list, "sme", 2)]);
        await Store.ApplyAsync([Remove(list, "sme", 3)]);
        await Store.ApplyAsync([Add(list, "sme", 2)]);
        await Store.ApplyAsync([Add(list, "sme", 1), Add(list, "other", 1)]);

        Assert.Equal(("other", 1), await MembersAsync(list));

        await Store.ApplyAsync([Add(list, "sme", 4), Remove(list, "other", 1)]);
        Assert.Equal(("other sme", 2), await MembersAsync(list));
    }

    [Fact]
    public async Task The_newest_of_a_member_s_changes_in_one_delivery_decides()
    {
        var list = NewList();
        await Store.ApplyAsync([Remove(list, "sme", 5), Add(list, "sme", 4), Add(list, "event", 1), Remove(list, "event", 2)]);

        Assert.Equal(("", 0), await MembersAsync(list));
    }

    [Fact]
    public async Task Every_delivery_of_a_storm_is_stored_when_its_call_returns()
    {
        var list = NewList();
        var members = Enumerable.Range(0, 200).Select(n => $"member-{n:000}").ToList();

        await Task.WhenAll(members.Select(m => Task.Run(() => Store.ApplyAsync([Add(list, m, 1), Remove(NewList(), m, 1)]))));

        Assert.Equal((string.Join(' ', members), 200), await MembersAsync(list));
    }

    [Fact]
    public async Task A_list_prefix_reads_the_members_of_every_list_it_begins_in_list_then_member_order_and_pages_on()
    {
        var index = $"test-prefix/{Guid.NewGuid():N}";
        await Store.ApplyAsync(
        [
            Add($"{index}/acme/1", "sme-b", 1), Add($"{index}/acme/0", "sme-c", 1), Add($"{index}/acmetech/1", "sme-a", 1),
            Add($"{index}/acme/1", "sme-a", 1), Add($"{index}/ab/0", "before", 1), Add($"{index}/acn/0", "after", 1),
            Add($"{index}/acme/0", "gone", 1), Remove($"{index}/acme/0", "gone", 2), Add($"{index}x/acme/0", "other-index", 1),
        ]);

        var all = await Store.PageByListPrefixAsync($"{index}/acm", null, 10);
        var first = await Store.PageByListPrefixAsync($"{index}/acm", null, 2);
        var rest = await Store.PageByListPrefixAsync($"{index}/acm", first.Rows[^1], 2);

        Assert.Equal(("acme/0:sme-c acme/1:sme-a acme/1:sme-b acmetech/1:sme-a", false), (Rows(index, all), all.HasMore));
        Assert.Equal(("acme/0:sme-c acme/1:sme-a", true), (Rows(index, first), first.HasMore));
        Assert.Equal(("acme/1:sme-b acmetech/1:sme-a", false), (Rows(index, rest), rest.HasMore));
        Assert.Equal("acmetech/1:sme-a", Rows(index, await Store.PageByListPrefixAsync($"{index}/acmet", null, 10)));
        Assert.Equal("", Rows(index, await Store.PageByListPrefixAsync($"{index}/acm", new IndexRow($"{index}/acmetech/1", "sme-a"), 10)));
        Assert.Empty((await Store.PageByListPrefixAsync($"{index}/zz", null, 10)).Rows);
    }

    /// <summary>The rows of a page as <c>value/bucket:member</c> under <paramref name="index"/>, space-separated.</summary>
    private static string Rows(string index, IndexRowPage page) =>
        string.Join(' ', page.Rows.Select(r => $"{r.List[(index.Length + 1)..]}:{r.Member}"));

    /// <summary>The list's members, space-separated in page order, and its size.</summary>
    private async Task<(string Members, int Count)> MembersAsync(string list)
    {
        var page = await Store.PageAsync(list, null, 1000);
        return (string.Join(' ', page.Members), page.Count);
    }

    private static string NewList() => $"test-list/{Guid.NewGuid():N}";

    private static IndexMemberChange Add(string list, string member, long version) => new(list, member, version, Present: true);

    private static IndexMemberChange Remove(string list, string member, long version) => new(list, member, version, Present: false);
}
