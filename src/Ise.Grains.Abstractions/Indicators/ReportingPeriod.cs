using System.Globalization;
using Ise.Errors;

namespace Ise.Indicators;

/// <summary>
/// A reporting period: a month (<c>2026-03</c>), a quarter (<c>2026-Q1</c>), a year (<c>2026</c>) or
/// the whole programme (<c>programme</c>). Dates are local dates of the region an engagement happened in.
/// </summary>
[GenerateSerializer, Immutable, Alias("ise.reporting-period")]
public sealed record ReportingPeriod(
    [property: Id(0)] PeriodKind Kind,
    [property: Id(1)] int Year,
    [property: Id(2)] int Number)
{
    public const string ProgrammeKey = "programme";

    public static ReportingPeriod Programme { get; } = new(PeriodKind.Programme, 0, 0);

    /// <summary>The granularities every engagement is counted in.</summary>
    public static IReadOnlyList<PeriodKind> Kinds { get; } = [PeriodKind.Month, PeriodKind.Quarter, PeriodKind.Year, PeriodKind.Programme];

    public string Key => Kind switch
    {
        PeriodKind.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Number:D2}"),
        PeriodKind.Quarter => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-Q{Number}"),
        PeriodKind.Year => Year.ToString("D4", CultureInfo.InvariantCulture),
        _ => ProgrammeKey,
    };

    /// <summary>The first day of the period (null for the whole programme).</summary>
    public DateOnly? Start => Kind switch
    {
        PeriodKind.Month => new DateOnly(Year, Number, 1),
        PeriodKind.Quarter => new DateOnly(Year, ((Number - 1) * 3) + 1, 1),
        PeriodKind.Year => new DateOnly(Year, 1, 1),
        _ => null,
    };

    /// <summary>The day after the period (null for the whole programme).</summary>
    public DateOnly? End => Kind switch
    {
        PeriodKind.Month => Start!.Value.AddMonths(1),
        PeriodKind.Quarter => Start!.Value.AddMonths(3),
        PeriodKind.Year => Start!.Value.AddYears(1),
        _ => null,
    };

    public static ReportingPeriod Of(PeriodKind kind, DateOnly date) => kind switch
    {
        PeriodKind.Month => new(kind, date.Year, date.Month),
        PeriodKind.Quarter => new(kind, date.Year, ((date.Month - 1) / 3) + 1),
        PeriodKind.Year => new(kind, date.Year, 1),
        PeriodKind.Programme => Programme,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public bool Contains(DateOnly date) => Kind == PeriodKind.Programme || (Start <= date && date < End);

    /// <summary>The period of the same kind that follows this one.</summary>
    public ReportingPeriod Next() => Kind == PeriodKind.Programme ? this : Of(Kind, End!.Value);

    public override string ToString() => Key;

    public static bool TryParse(string? text, out ReportingPeriod period)
    {
        period = Programme;
        var value = text?.Trim() ?? "";
        if (value == ProgrammeKey)
        {
            return true;
        }

        if (value.Length == 4 && TryYear(value, out var year))
        {
            period = new(PeriodKind.Year, year, 1);
            return true;
        }

        if (value.Length == 7 && value[4] == '-' && TryYear(value[..4], out year))
        {
            if (value[5] == 'Q' && value[6] is >= '1' and <= '4')
            {
                period = new(PeriodKind.Quarter, year, value[6] - '0');
                return true;
            }

            if (int.TryParse(value.AsSpan(5), NumberStyles.None, CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12)
            {
                period = new(PeriodKind.Month, year, month);
                return true;
            }
        }

        return false;
    }

    /// <summary>Parses a period or throws a validation error naming <paramref name="field"/>.</summary>
    public static ReportingPeriod Parse(string? text, string field) =>
        TryParse(text, out var period)
            ? period
            : throw IseException.Invalid(field, $"'{text}' is not a reporting period: use 2026-03 (month), 2026-Q1 (quarter), 2026 (year) or programme.");

    private static bool TryYear(string text, out int year) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out year) && year is >= 2000 and <= 2100;
}
