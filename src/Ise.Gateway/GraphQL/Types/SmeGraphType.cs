using GraphQL;
using GraphQL.Types;
using Ise.Gateway.GraphQL.Connections;
using Ise.Gateway.GraphQL.Errors;
using Ise.Smes;

namespace Ise.Gateway.GraphQL.Types;

/// <summary>An SME with its profile, stage and journey (one grain call fetches all of it).</summary>
public sealed class SmeGraphType : ObjectGraphType<SmeDetails>
{
    public SmeGraphType()
    {
        Name = "Sme";
        Description = "A small or medium enterprise in the programme.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.View.Profile.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.View.Profile.Name);
        Field<NonNullGraphType<CountryEnumGraphType>>("country").Resolve(c => c.Source.View.Profile.Country);
        Field<StringGraphType>("companyId").Description("National company id; none while provisional.").Resolve(c => c.Source.View.Profile.CompanyId);
        Field<NonNullGraphType<BooleanGraphType>>("provisional").Resolve(c => c.Source.View.Profile.IsProvisional);
        Field<NonNullGraphType<RegionEnumGraphType>>("region").Resolve(c => c.Source.View.Profile.Region);
        Field<NonNullGraphType<SectorEnumGraphType>>("sector").Resolve(c => c.Source.View.Profile.Sector);
        Field<NonNullGraphType<IntGraphType>>("staffCount").Resolve(c => c.Source.View.Profile.StaffCount);
        Field<NonNullGraphType<SizeBandEnumGraphType>>("sizeBand").Resolve(c => c.Source.View.SizeBand);
        Field<NonNullGraphType<MoneyGraphType>>("turnover").Resolve(c => c.Source.View.Profile.Turnover);
        Field<NonNullGraphType<MoneyGraphType>>("balanceSheetTotal").Resolve(c => c.Source.View.Profile.BalanceSheetTotal);
        Field<NonNullGraphType<IdGraphType>>("leadPartnerId").Resolve(c => c.Source.View.Profile.LeadPartnerId);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("servingPartnerIds")
            .Description("Partners that delivered an engagement to it.").Resolve(c => c.Source.View.ServingPartnerIds);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("registeredAt").Resolve(c => c.Source.View.Profile.RegisteredAt);
        Field<NonNullGraphType<StageGraphType>>("stage").Resolve(c => c.Source.View.Stage);
        Field<IdGraphType>("mergedInto").Description("The SME this provisional record was merged into.").Resolve(c => c.Source.View.MergedInto);
        Field<NonNullGraphType<IntGraphType>>("contactCount").Resolve(c => c.Source.View.ContactCount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ContactGraphType>>>>("contacts")
            .Description("Personal data: the secretariat and the lead partner only; every read is audited.")
            .ResolveAsync(async c =>
            {
                var caller = c.Caller();
                if (!caller.IsSecretariat && !(caller.Role == Ise.Security.IseRole.PartnerStaff && caller.Scope == c.Source.View.Profile.LeadPartnerId))
                {
                    throw ApiError.Forbidden("Contacts are personal data: only the secretariat and the SME's lead partner see them.");
                }

                var contacts = await c.RequestServices!.GetRequiredService<IGrainFactory>().GetGrain<ISmeGrain>(c.Source.View.Profile.Id).GetContactsAsync();
                await PersonalDataAudit.RecordAsync(c, Ise.PersonalData.PersonalDataAction.Read, c.Source.View.Profile.Id, contacts.Select(x => x.Id));
                return contacts;
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ConnectionRecordGraphType>>>>("connections")
            .Description("Connections it made with other SMEs (met), with their outcome and follow-up rating.")
            .ResolveAsync(async c =>
            {
                var grains = c.RequestServices!.GetRequiredService<IGrainFactory>();
                var ids = c.Source.Journey.Where(e => e.Kind == JourneyEntryKind.Connection && e.Reference is not null).Select(e => e.Reference!).Distinct();
                return await Task.WhenAll(ids.Select(id => grains.GetGrain<Ise.Connections.IConnectionGrain>(id).GetAsync()));
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SectorEnumGraphType>>>>("clusters")
            .Description("The sector clusters it is a member of now.")
            .Resolve(c => ClusterMemberships.Current(c.Source.Journey).Select(slug => Ise.Programme.ProgrammeCatalog.TryFindSector(slug, out var s) ? s : default).ToList());
        Field<Diagnostics.SmeDiagnosticsGraphType>("diagnostics")
            .Description("Diagnostic results: scores, bands, recommendations (default: in the assessor's language), progress and peers; null before the first assessment.")
            .Argument<LanguageEnumGraphType>("language")
            .ResolveAsync(async c => await Queries.IseQuery.LoadDiagnosticsAsync(c, c.Source.View.Profile, c.GetArgument<Ise.Programme.Language?>("language")));
        Connection<JourneyEntryGraphType>("journey")
            .Description("The timeline of every engagement, oldest first.")
            .Resolve(c => Pages.OfList(c.Source.Journey, c.RequestedFirst(), c.After));
    }
}
