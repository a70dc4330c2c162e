using GraphQL.Types;
using Ise.PersonalData;

namespace Ise.Gateway.GraphQL.Types.PersonalData;

public sealed class PersonalDataAuditEntryGraphType : ObjectGraphType<PersonalDataAuditEntry>
{
    public PersonalDataAuditEntryGraphType()
    {
        Name = "PersonalDataAuditEntry";
        Description = "Who read or changed which contact's personal data, and when (ids only: the audit holds no personal data).";
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("at").Resolve(c => c.Source.At);
        Field<NonNullGraphType<StringGraphType>>("actor").Description("The credential's name and role, or \"retention rule\".").Resolve(c => c.Source.Actor);
        Field<NonNullGraphType<PersonalDataActionEnumGraphType>>("action").Resolve(c => c.Source.Action);
        Field<NonNullGraphType<IdGraphType>>("smeId").Resolve(c => c.Source.SmeId);
        Field<IdGraphType>("contactId").Resolve(c => c.Source.ContactId);
        Field<StringGraphType>("detail").Description("The API field used, the fields rectified, or why the retention rule applied.").Resolve(c => c.Source.Detail);
    }
}
