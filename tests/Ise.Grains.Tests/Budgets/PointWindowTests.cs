using Ise.Budgets;
using Ise.Errors;

namespace Ise.Grains.Tests.Budgets;

public sealed class PointWindowTests
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);
    private static readonly DateTimeOffset Start = new(2026, 3, 14, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Blocks_are_handed_out_until_the_budget_is_gone_then_what_is_left_then_nothing()
    {
        var window = new PointWindow();

        var first = window.Reserve(new BudgetReservation(40, 100, Minute), Start.AddSeconds(1));
        var second = window.Reserve(new BudgetReservation(40, 100, Minute), Start.AddSeconds(20));
        var third = window.Reserve(new BudgetReservation(40, 100, Minute), Start.AddSeconds(59));
        var fourth = window.Reserve(new BudgetReservation(1, 100, Minute), Start.AddSeconds(59));

        Assert.Equal(new BudgetBlock(40, 60, Start + Minute), first);
        Assert.Equal(new BudgetBlock(40, 20, Start + Minute), second);
        Assert.Equal(new BudgetBlock(20, 0, Start + Minute), third);
        Assert.Equal(new BudgetBlock(0, 0, Start + Minute), fourth);
    }

    [Fact]
    public void The_next_window_starts_full_whatever_was_handed_out_before()
    {
        var window = new PointWindow();
        window.Reserve(new BudgetReservation(100, 100, Minute), Start.AddSeconds(30));

        var next = window.Reserve(new BudgetReservation(30, 100, Minute), Start + Minute);

        Assert.Equal(new BudgetBlock(30, 70, Start + (2 * Minute)), next);
    }

    [Fact]
    public void Windows_are_aligned_to_the_epoch_so_every_gateway_agrees_where_they_start()
    {
        Assert.Equal(Start, PointWindow.StartOf(Start.AddSeconds(59.9), Minute));
        Assert.Equal(Start + Minute, PointWindow.StartOf(Start + Minute, Minute));
        Assert.Equal(Start.AddMinutes(-30), PointWindow.StartOf(new DateTimeOffset(2026, 3, 14, 11, 45, 0, TimeSpan.FromHours(2)), TimeSpan.FromHours(1)));
    }

    [Fact]
    public void A_negative_reservation_or_a_window_under_a_second_is_refused()
    {
        var window = new PointWindow();

        var negative = Assert.Throws<IseException>(() => window.Reserve(new BudgetReservation(-1, 100, Minute), Start));
        var tooShort = Assert.Throws<IseException>(() => window.Reserve(new BudgetReservation(1, 100, TimeSpan.FromMilliseconds(10)), Start));

        Assert.Equal(("points", "window"), (negative.Field, tooShort.Field));
    }
}
