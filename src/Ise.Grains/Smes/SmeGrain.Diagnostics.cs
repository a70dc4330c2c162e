using System.Globalization;
using Ise.Diagnostics;
using Ise.Effects;
using Ise.Errors;
using Ise.Programme;

namespace Ise.Smes;

/// <summary>
/// The SME's diagnostic assessments: scored by the questionnaire version answered, kept in their own
/// state, recorded in the journey with the partner who ran them, and passed to the SME's sector and
/// region peer groups (replacing the SME's previous contribution) by the row that records them.
/// </summary>
public sealed partial class SmeGrain : ISmeDiagnosticsGrain
{
    public async Task<SmeDiagnostics> SubmitDiagnosticAsync(SubmitDiagnostic command)
    {
        var profile = RequireProfile();
        if (State.MergedInto is { } merged)
        {
            throw IseException.Conflict($"SME {Id} was merged into {merged}; assess that one.", "smeId");
        }

        var problems = DiagnosticSubmissionChecks.Problems(_catalog, command);
        if (problems.Count > 0)
        {
            throw IseException.Invalid(problems);
        }

        // A previous submission whose journey write failed is recorded first (its results were stored).
        await RecordUnrecordedAssessmentAsync(profile);
        if (command.IdempotencyKey is { } key && _diagnostics.State.Assessments.Any(a => a.IdempotencyKey == key))
        {
            return Diagnostics(null)!;
        }

        var now = _time.GetUtcNow();
        var assessedAt = EngagementDates.HappenedAt(command.OccurredOn, now, profile.Region, _programmeStartsOn);
        var questionnaire = _catalog.Get(command.Version);
        var (answers, scores) = Scored(questionnaire, command);
        var assessments = _diagnostics.State.Assessments;
        var assessment = new DiagnosticAssessment(
            "d" + (assessments.Count + 1).ToString(CultureInfo.InvariantCulture), command.Version, command.Language, command.PartnerId,
            assessedAt, answers, scores.Dimensions, scores.Axes, command.IdempotencyKey, now, command.RecordedBy);

        // In the order they were made, so the latest is the one made last (an assessment of 2018 loaded
        // after one of 2024 is not the SME's latest); made the same day, in the order recorded.
        var position = assessments.FindIndex(a => a.AssessedAt > assessedAt);
        assessments.Insert(position < 0 ? assessments.Count : position, assessment);
        try
        {
            await _diagnostics.WriteStateAsync();
        }
        catch
        {
            assessments.Remove(assessment);
            DeactivateOnIdle();
            throw;
        }

        await RecordAssessmentAsync(profile, assessment);
        return Diagnostics(null)!;
    }

    public Task<DiagnosticAssessment?> FindAssessmentAsync(string idempotencyKey)
    {
        RequireProfile();
        return Task.FromResult(_diagnostics.State.Assessments.Find(a => a.IdempotencyKey == idempotencyKey));
    }

    public Task<SmeDiagnostics?> GetDiagnosticsAsync(Language? language)
    {
        RequireProfile();
        if (language is { } asked && !Enum.IsDefined(asked))
        {
            throw IseException.Invalid("language", $"{asked} is not a programme language.");
        }

        return Task.FromResult(Diagnostics(language));
    }

    /// <summary>The answers kept (in questionnaire order; none when only dimension scores were given) and the scores, from a checked command.</summary>
    private static (IReadOnlyList<DiagnosticAnswer> Answers, DiagnosticScores Scores) Scored(Questionnaire questionnaire, SubmitDiagnostic command)
    {
        if (command.Scores is { Count: > 0 } given)
        {
            return ([], DiagnosticScoring.ScoreFromPercents(questionnaire, given.ToDictionary(s => s.DimensionId, s => s.Percent, StringComparer.Ordinal)));
        }

        var answers = command.Answers.ToDictionary(a => a.QuestionId, a => a.Value, StringComparer.Ordinal);
        return ([.. questionnaire.Questions.Select(q => new DiagnosticAnswer(q.Id, answers[q.Id]))], DiagnosticScoring.Score(questionnaire, answers));
    }

    private SmeDiagnostics? Diagnostics(Language? language)
    {
        var assessments = _diagnostics.State.Assessments;
        if (assessments.Count == 0)
        {
            return null;
        }

        var latest = assessments[^1];
        var previous = assessments.Count > 1 ? assessments[^2] : null;
        var chosen = language ?? latest.Language;
        var recommendations = DiagnosticRecommendations.For(_catalog.Get(latest.Version), DiagnosticPercentages.ById(latest), chosen);
        return new SmeDiagnostics(latest, assessments.Count, DiagnosticScoring.Weakest(latest.Dimensions), chosen, recommendations,
            previous, previous is null ? [] : DiagnosticProgressRules.Between(previous, latest));
    }

    /// <summary>At activation: an assessment whose results were stored but whose journey entry was not is recorded now.</summary>
    private Task RecordUnrecordedAssessmentAsync() =>
        State.Profile is { } profile && State.MergedInto is null ? RecordUnrecordedAssessmentAsync(profile) : Task.CompletedTask;

    private async Task RecordUnrecordedAssessmentAsync(SmeProfile profile)
    {
        foreach (var assessment in _diagnostics.State.Assessments.ToList())
        {
            if (!State.Journey.Exists(e => e.Kind == JourneyEntryKind.Diagnostic && e.Reference == assessment.Id))
            {
                await RecordAssessmentAsync(profile, assessment);
            }
        }
    }

    /// <summary>
    /// The journey entry (with the partner who ran it), the peer-group changes and what it changes in lists
    /// and credits, in one row. The peer groups hold each SME's latest assessment: one made before the
    /// latest (loaded from history) changes nothing there.
    /// </summary>
    private async Task RecordAssessmentAsync(SmeProfile profile, DiagnosticAssessment assessment)
    {
        var assessments = _diagnostics.State.Assessments;
        var isLatest = ReferenceEquals(assessments[^1], assessment);
        var previous = isLatest && assessments.Count > 1 ? assessments[^2] : null;
        var summary = string.Join(", ", assessment.Axes.Select(a => string.Create(CultureInfo.InvariantCulture, $"{a.AxisId} {a.Percent}% ({a.BandId})")));
        var entry = new JourneyEntry($"{Id}/diagnostic/{assessment.Id}", JourneyEntryKind.Diagnostic, assessment.AssessedAt,
            ProgrammeTime.ToLocal(assessment.AssessedAt, profile.Region), assessment.PartnerId, ActivityKind.DiagnosticAssessment,
            null, null, assessment.Id, $"questionnaire v{assessment.Version}: {summary}", assessment.RecordedAt, assessment.RecordedBy);

        var current = DiagnosticPercentages.InTenths(assessment);
        var replaced = previous is null ? null : DiagnosticPercentages.InTenths(previous);
        var peerGroups = new List<PeerGroupChange>();
        foreach (var (kind, slug) in !isLatest ? [] : new[] { (PeerGroupKind.Sector, ProgrammeCatalog.Describe(profile.Sector).Slug), (PeerGroupKind.Region, ProgrammeCatalog.Describe(profile.Region).Slug) })
        {
            var group = IseKeys.DiagnosticPeerGroup(assessment.Version, kind, slug);
            var previousGroup = previous is null ? null : IseKeys.DiagnosticPeerGroup(previous.Version, kind, slug);
            if (previousGroup is not null && previousGroup != group)
            {
                peerGroups.Add(new PeerGroupChange(previousGroup, new DiagnosticPeerEffect(Id, replaced, null)));
                peerGroups.Add(new PeerGroupChange(group, new DiagnosticPeerEffect(Id, null, current)));
            }
            else
            {
                peerGroups.Add(new PeerGroupChange(group, new DiagnosticPeerEffect(Id, replaced, current)));
            }
        }

        await RaiseAndConfirmAsync(new SmeAssessed(Guid.NewGuid(), _time.GetUtcNow(), entry, peerGroups, Consequences(profile, null, [entry], [])));
    }
}
