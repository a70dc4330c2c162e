using GraphQL.Types;
using Ise.Indicators;

namespace Ise.Gateway.GraphQL.Types;

public sealed class IndicatorEvidenceGraphType : ObjectGraphType<IndicatorEvidence>
{
    public IndicatorEvidenceGraphType()
    {
        Name = "IndicatorEvidence";
        Field<NonNullGraphType<IndicatorEnumGraphType>>("indicator").Resolve(c => c.Source.Indicator);
        Field<NonNullGraphType<StringGraphType>>("companyId").Description("The SME's id (or the event's, for events held).").Resolve(c => c.Source.SubjectId);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.SubjectName);
        Field<NonNullGraphType<StringGraphType>>("date").Description("The local date it qualified (yyyy-MM-dd).")
            .Resolve(c => c.Source.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Field(e => e.PartnerId, nullable: true);
        Field<ActivityKindEnumGraphType>("activity").Resolve(c => c.Source.Activity);
        Field(e => e.EventId, nullable: true);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("cells").Resolve(c => c.Source.Cells);
        Field<NonNullGraphType<IntGraphType>>("change").Description("+1 credited, -1 withdrawn.").Resolve(c => c.Source.Delta);
        Field(e => e.Adjustment).Description("Booked here for a frozen period.");
        Field(e => e.AdjustsPeriod, nullable: true).Description("For an adjustment: the frozen period it corrects (e.g. 2018-05, 2018-Q2, 2018); null otherwise.");
    }
}
