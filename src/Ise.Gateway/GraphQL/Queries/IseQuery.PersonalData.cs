using System.Globalization;
using GraphQL;
using GraphQL.Types;
using Ise.Gateway.GraphQL.Connections;
using Ise.Gateway.GraphQL.Errors;
using Ise.Gateway.GraphQL.Types.PersonalData;
using Ise.PersonalData;
using Ise.Security;
using Ise.Smes;

namespace Ise.Gateway.GraphQL.Queries;

/// <summary>Data-protection requests of the secretariat: subject access and the personal-data audit.</summary>
public sealed partial class IseQuery
{
    private void PersonalDataQueries()
    {
        Field<NonNullGraphType<SubjectAccessExportGraphType>>("subjectAccessExport")
            .Description("Subject access (secretariat): everything held about one contact of an SME. Audited.")
            .Argument<NonNullGraphType<IdGraphType>>("smeId")
            .Argument<NonNullGraphType<IdGraphType>>("contactId")
            .ResolveAsync(async c =>
            {
                c.RequireRole(IseRole.Secretariat);
                var sme = await LoadVisibleSmeAsync(c, c.GetArgument<string>("smeId"), "smeId");
                var contactId = c.GetArgument<string>("contactId");
                var export = await c.RequestServices!.GetRequiredService<IGrainFactory>().GetGrain<ISmeGrain>(sme.View.Profile.Id).ExportContactAsync(contactId);
                await PersonalDataAudit.RecordAsync(c, PersonalDataAction.Exported, sme.View.Profile.Id, [contactId]);
                return export;
            });

        Connection<PersonalDataAuditEntryGraphType>("personalDataAudit")
            .Description("Who read or changed personal data on a UTC day, oldest first (secretariat).")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("day")
            .ResolveAsync(async c =>
            {
                c.RequireRole(IseRole.Secretariat);
                var day = IseKeys.PersonalDataAuditDay(c.GetArgument<DateOnly>("day"));
                var size = PageSize.Of(c.RequestedFirst());
                var from = 0L;
                if (Cursor.Decode(c.After) is { } position)
                {
                    from = long.TryParse(position, NumberStyles.None, CultureInfo.InvariantCulture, out var at)
                        ? at + 1
                        : throw ApiError.Invalid("after", $"'{c.After}' is not a cursor of this list.");
                }

                var page = await c.RequestServices!.GetRequiredService<IGrainFactory>().GetGrain<IPersonalDataAuditGrain>(day).GetPageAsync(from, size);
                var nodes = page.Entries.Select((e, i) => (e, (page.FirstPosition + i).ToString(CultureInfo.InvariantCulture))).ToList();
                return Pages.Of(nodes, page.FirstPosition + nodes.Count < page.Total, from > 0, (int)Math.Min(page.Total, int.MaxValue));
            });
    }
}
