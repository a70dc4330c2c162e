using Ise.Programme;
using Ise.Smes;
using Ise.Smes.Rules;

namespace Ise.Grains.Tests.Smes.Rules;

public sealed class StageRulesTests
{
    private static readonly DateTimeOffset s_start = new(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private static JourneyEntry Entry(
        string id,
        JourneyEntryKind kind,
        int day,
        ActivityKind? activity = null,
        Country? counterpart = null,
        string? reference = null)
    {
        var at = s_start.AddDays(day);
        return new JourneyEntry(id, kind, at, at.UtcDateTime, "kent-county-council", activity, null, counterpart, reference, null);
    }

    private static JourneyEntry Enrolled(string id, int day = 0) => Entry(id, JourneyEntryKind.Enrolled, day);

    private static JourneyEntry Attended(string id, ActivityKind activity = ActivityKind.TasterSession, int day = 1) =>
        Entry(id, JourneyEntryKind.Attended, day, activity);

    private static JourneyEntry Undo(string id, string attendanceId, int day = 2) =>
        Entry(id, JourneyEntryKind.AttendanceUndone, day, reference: attendanceId);

    private static JourneyEntry Joined(string id, string sector, int day) =>
        Entry(id, JourneyEntryKind.ClusterJoined, day, ActivityKind.ClusterMembership, reference: sector);

    private static JourneyEntry Left(string id, string sector, int day) =>
        Entry(id, JourneyEntryKind.ClusterLeft, day, ActivityKind.ClusterMembership, reference: sector);

    private static JourneyEntry Connection(string id, Country? counterpart, int day = 3) =>
        Entry(id, JourneyEntryKind.Connection, day, counterpart: counterpart);

    [Fact]
    public void An_empty_journey_is_aware_with_no_entries()
    {
        var stage = StageRules.Explain(Country.GB, []);

        Assert.Equal(SmeStage.Aware, stage.Stage);
        Assert.Empty(stage.EntryIds);
    }

    [Fact]
    public void Enrolment_and_event_registrations_explain_aware()
    {
        var journey = new[]
        {
            Enrolled("e1"),
            Entry("r1", JourneyEntryKind.RegisteredForEvent, 1),
            Entry("n1", JourneyEntryKind.NoShow, 2),
            Entry("r2", JourneyEntryKind.RegisteredForEvent, 3),
            Entry("c1", JourneyEntryKind.RegistrationCancelled, 4),
        };

        var stage = StageRules.Explain(Country.GB, journey);

        Assert.Equal(SmeStage.Aware, stage.Stage);
        Assert.Equal(["e1", "r1", "r2"], stage.EntryIds);
    }

    [Theory]
    [InlineData(JourneyEntryKind.Attended)]
    [InlineData(JourneyEntryKind.WalkIn)]
    [InlineData(JourneyEntryKind.RetroactiveAttendance)]
    public void Any_attendance_makes_an_SME_engaged(JourneyEntryKind kind)
    {
        var journey = new[] { Enrolled("e1"), Entry("a1", kind, 1, ActivityKind.SectorWorkshop) };

        var stage = StageRules.Explain(Country.GB, journey);

        Assert.Equal(SmeStage.Engaged, stage.Stage);
        Assert.Equal(["a1"], stage.EntryIds);
    }

    [Fact]
    public void Engaged_is_explained_by_every_counted_attendance()
    {
        var journey = new[]
        {
            Enrolled("e1"),
            Attended("a1", day: 1),
            Entry("w1", JourneyEntryKind.WalkIn, 2, ActivityKind.SectorWorkshop),
            Attended("a2", day: 3),
            Undo("u1", "a2", day: 4),
        };

        var stage = StageRules.Explain(Country.GB, journey);

        Assert.Equal(SmeStage.Engaged, stage.Stage);
        Assert.Equal(["a1", "w1"], stage.EntryIds);
    }

    [Fact]
    public void An_undone_attendance_does_not_count()
    {
        var journey = new[] { Enrolled("e1"), Attended("a1"), Undo("u1", "a1") };

        var stage = StageRules.Explain(Country.GB, journey);

        Assert.Equal(SmeStage.Aware, stage.Stage);
        Assert.Equal(["e1"], stage.EntryIds);
    }

    [Fact]
    public void An_undone_cross_border_attendance_does_not_make_an_SME_internationalising()
    {
        var journey = new[]
        {
            Enrolled("e1"),
            Attended("a1", ActivityKind.CrossBorderEvent, day: 1),
            Undo("u1", "a1", day: 2),
            Attended("a2", ActivityKind.TasterSession, day: 3),
        };

        var stage = StageRules.Explain(Country.GB, journey);

        Assert.Equal(SmeStage.Engaged, stage.Stage);
        Assert.Equal(["a2"], stage.EntryIds);
    }

    [Fact]
    public void A_completed_diagnostic_makes_an_SME_assessed()
    {
        var journey = new[]
        {
            Enrolled("e1"),
            Attended("a1"),
            Entry("d1", JourneyEntryKind.Diagnostic, 2, ActivityKind.DiagnosticAssessment),
        };

        var stage = StageRules.Explain(Country.GB, journey);

        Assert.Equal(SmeStage.Assessed, stage.Stage);
        Assert.Equal(["d1"], stage.EntryIds);
    }

    [Theory]
    [InlineData(ActivityKind.CrossBorderEvent)]
    [InlineData(ActivityKind.MajorInnovationEvent)]
    public void Attending_an_international_event_makes_an_SME_internationalising(ActivityKind activity)
    {
        var journey = new[]
        {
            Enrolled("e1"),
            Attended("a1", ActivityKind.TasterSession, day: 1),
            Entry("d1", JourneyEntryKind.Diagnostic, 2, ActivityKind.DiagnosticAssessment),
            Entry("r1", JourneyEntryKind.RetroactiveAttendance, 3, activity),
        };

        var stage = StageRules.Explain(Country.GB, journey);

        Assert.Equal(SmeStage.Internationalising, stage.Stage);
        Assert.Equal(["r1"], stage.EntryIds);
    }

    [Fact]
    public void A_connection_with_an_SME_in_another_country_makes_an_SME_internationalising()
    {
        var journey = new[] { Enrolled("e1"), Connection("x1", Country.FR) };

        var stage = StageRules.Explain(Country.GB, journey);

        Assert.Equal(SmeStage.Internationalising, stage.Stage);
        Assert.Equal(["x1"], stage.EntryIds);
    }

    [Fact]
    public void A_connection_in_the_same_country_or_of_unknown_country_is_not_international()
    {
        var journey = new[]
        {
            Enrolled("e1"),
            Connection("x1", Country.BE, day: 1),
            Connection("x2", null, day: 2),
        };

        var stage = StageRules.Explain(Country.BE, journey);

        Assert.Equal(SmeStage.Aware, stage.Stage);
        Assert.Equal(["e1"], stage.EntryIds);
    }

    [Fact]
    public void Internationalising_lists_both_events_and_cross_border_connections_in_journey_order()
    {
        var journey = new[]
        {
            Enrolled("e1"),
            Connection("x1", Country.NL, day: 1),
            Connection("x2", Country.FR, day: 2),
            Attended("a1", ActivityKind.MajorInnovationEvent, day: 3),
            Attended("a2", ActivityKind.SectorWorkshop, day: 4),
        };

        var stage = StageRules.Explain(Country.FR, journey);

        Assert.Equal(SmeStage.Internationalising, stage.Stage);
        Assert.Equal(["x1", "a1"], stage.EntryIds);
    }

    [Fact]
    public void Joining_a_cluster_makes_an_SME_a_cluster_member_above_every_other_stage()
    {
        var journey = new[]
        {
            Enrolled("e1"),
            Attended("a1", ActivityKind.CrossBorderEvent, day: 1),
            Entry("d1", JourneyEntryKind.Diagnostic, 2, ActivityKind.DiagnosticAssessment),
            Joined("j1", "mechatronics", day: 3),
        };

        var stage = StageRules.Explain(Country.GB, journey);

        Assert.Equal(SmeStage.ClusterMember, stage.Stage);
        Assert.Equal(["j1"], stage.EntryIds);
    }

    [Fact]
    public void Leaving_the_only_cluster_ends_cluster_membership()
    {
        var journey = new[]
        {
            Enrolled("e1"),
            Entry("d1", JourneyEntryKind.Diagnostic, 1, ActivityKind.DiagnosticAssessment),
            Joined("j1", "mechatronics", day: 2),
            Left("l1", "mechatronics", day: 3),
        };

        var stage = StageRules.Explain(Country.GB, journey);

        Assert.Equal(SmeStage.Assessed, stage.Stage);
        Assert.Equal(["d1"], stage.EntryIds);
    }

    [Fact]
    public void Leaving_one_cluster_keeps_membership_of_another()
    {
        var journey = new[]
        {
            Joined("j1", "mechatronics", day: 1),
            Joined("j2", "food-and-drink", day: 2),
            Left("l1", "mechatronics", day: 3),
        };

        var stage = StageRules.Explain(Country.GB, journey);

        Assert.Equal(SmeStage.ClusterMember, stage.Stage);
        Assert.Equal(["j2"], stage.EntryIds);
    }

    [Fact]
    public void Rejoining_a_cluster_is_explained_by_the_latest_join()
    {
        var journey = new[]
        {
            Joined("j1", "mechatronics", day: 1),
            Left("l1", "mechatronics", day: 2),
            Joined("j2", "mechatronics", day: 3),
            Joined("j3", "new-materials", day: 4),
        };

        var stage = StageRules.Explain(Country.GB, journey);

        Assert.Equal(SmeStage.ClusterMember, stage.Stage);
        Assert.Equal(["j2", "j3"], stage.EntryIds);
    }

    [Fact]
    public void Cluster_membership_follows_time_not_list_position()
    {
        // The leave is listed first but happened after the join.
        var journey = new[]
        {
            Enrolled("e1"),
            Left("l1", "mechatronics", day: 5),
            Joined("j1", "mechatronics", day: 2),
        };

        var stage = StageRules.Explain(Country.GB, journey);

        Assert.Equal(SmeStage.Aware, stage.Stage);
        Assert.Equal(["e1"], stage.EntryIds);
    }

    [Fact]
    public void At_the_same_instant_the_later_listed_cluster_entry_wins()
    {
        var joinThenLeave = new[] { Joined("j1", "mechatronics", day: 1), Left("l1", "mechatronics", day: 1) };
        var leaveThenJoin = new[] { Left("l1", "mechatronics", day: 1), Joined("j1", "mechatronics", day: 1) };

        Assert.Equal(SmeStage.Aware, StageRules.Explain(Country.GB, joinThenLeave).Stage);
        Assert.Equal(SmeStage.ClusterMember, StageRules.Explain(Country.GB, leaveThenJoin).Stage);
    }
}
