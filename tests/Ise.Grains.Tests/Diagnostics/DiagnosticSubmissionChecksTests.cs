using Ise.Diagnostics;

namespace Ise.Grains.Tests.Diagnostics;

public sealed class DiagnosticSubmissionChecksTests
{
    [Fact]
    public void Every_problem_is_listed_with_its_field()
    {
        var answers = Answers.All(2);
        answers.Remove("int-digital-orders");
        answers["inn-strategy-goals"] = 5;
        answers["no-such-question"] = 1;
        var command = Answers.Submission(answers, partner: "acme");

        var problems = DiagnosticSubmissionChecks.Problems(DiagnosticCatalog.Embedded, command);

        Assert.Equal(4, problems.Count);
        Assert.Contains(problems, p => p.Field == "input.partnerId" && p.Message.Contains("acme", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Field.EndsWith("].value", StringComparison.Ordinal) && p.Message.Contains("inn-strategy-goals is 5, off the scale 0-4", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Field.EndsWith("].questionId", StringComparison.Ordinal) && p.Message.Contains("no-such-question", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Field == "input.answers" && p.Message == "Question int-digital-orders is not answered.");
    }

    [Fact]
    public void Dimension_scores_given_instead_of_answers_are_each_checked_against_the_questionnaire()
    {
        var scores = Answers.V1.Dimensions.Select(d => new DimensionPercent(d.Id, 50m)).ToList();
        scores[0] = scores[0] with { Percent = 33.3m };
        scores[1] = scores[1] with { Percent = 101m };
        scores.RemoveAt(scores.Count - 1);
        scores.Add(new DimensionPercent("no-such-dimension", 50m));
        var command = new SubmitDiagnostic(1, Ise.Programme.Language.English, "innovatiehuis", [], Scores: scores);

        var problems = DiagnosticSubmissionChecks.Problems(DiagnosticCatalog.Embedded, command).Select(p => (p.Field, p.Message)).ToList();

        Assert.Equal(
        [
            ("input.scores[0].percent", "The score of strategy is 33.3%, which no answers give: it scores points out of 16, so the nearest scores are 31.3% and 37.5%."),
            ("input.scores[1].percent", "The score of processes is 101%, off the scale 0-100%."),
            ("input.scores[9].dimensionId", "Dimension no-such-dimension is not in questionnaire version 1."),
            ("input.scores", "Dimension digital-reach is not scored."),
        ], problems);
    }

    [Fact]
    public void Answers_and_dimension_scores_together_are_a_problem()
    {
        var command = Answers.Submission(Answers.All(2)) with { Scores = [.. Answers.V1.Dimensions.Select(d => new DimensionPercent(d.Id, 50m))] };

        var problem = Assert.Single(DiagnosticSubmissionChecks.Problems(DiagnosticCatalog.Embedded, command));

        Assert.Equal(("input.answers", "Give the answers or the dimension scores of an assessment, not both."), (problem.Field, problem.Message));
    }

    [Fact]
    public void An_unknown_version_is_named_with_the_known_ones()
    {
        var problem = Assert.Single(DiagnosticSubmissionChecks.Problems(DiagnosticCatalog.Embedded, Answers.Submission(Answers.All(2)) with { Version = 7 }));

        Assert.Equal(("input.version", "There is no questionnaire version 7 (known: 1)."), (problem.Field, problem.Message));
    }

    [Fact]
    public void A_question_answered_twice_is_a_problem()
    {
        var command = Answers.Submission(Answers.All(2));
        command = command with { Answers = [.. command.Answers, new DiagnosticAnswer("inn-strategy-goals", 1)] };

        var problem = Assert.Single(DiagnosticSubmissionChecks.Problems(DiagnosticCatalog.Embedded, command));

        Assert.Equal("Question inn-strategy-goals is answered more than once.", problem.Message);
    }

    [Fact]
    public void A_complete_submission_has_no_problems() =>
        Assert.Empty(DiagnosticSubmissionChecks.Problems(DiagnosticCatalog.Embedded, Answers.Submission(Answers.All(2))));

    [Fact]
    public void A_draft_may_leave_questions_unanswered_and_the_partner_unnamed_but_not_answer_off_the_scale()
    {
        var complete = Answers.Submission(Answers.All(2));
        var draft = new SaveDiagnosticDraft(1, complete.Language, null, [.. complete.Answers.Take(3)]);

        Assert.Empty(DiagnosticSubmissionChecks.Problems(DiagnosticCatalog.Embedded, draft));
        var problem = Assert.Single(DiagnosticSubmissionChecks.Problems(DiagnosticCatalog.Embedded, draft with { Answers = [new DiagnosticAnswer("inn-strategy-goals", -1)] }));
        Assert.Equal(("input.answers[0].value", "The answer to inn-strategy-goals is -1, off the scale 0-4."), (problem.Field, problem.Message));
    }
}
