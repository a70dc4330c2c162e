using GraphQL;
using GraphQL.Types;
using Ise.Gateway.GraphQL.Errors;
using Ise.Gateway.GraphQL.Queries;
using Ise.Gateway.GraphQL.Types;
using Ise.Gateway.GraphQL.Types.PersonalData;
using Ise.Security;
using Ise.Smes;

namespace Ise.Gateway.GraphQL.Mutations;

/// <summary>Rectification (secretariat or the lead partner) and erasure (secretariat) of a contact. The SME grain audits both.</summary>
public sealed partial class IseMutation
{
    private void PersonalDataMutations()
    {
        Field<NonNullGraphType<ContactGraphType>>("rectifyContact")
            .Description("Corrects a contact's details; without consent the recorded consent stays. Audited.")
            .Argument<NonNullGraphType<IdGraphType>>("smeId")
            .Argument<NonNullGraphType<IdGraphType>>("contactId")
            .Argument<NonNullGraphType<ContactInputGraphType>>("contact")
            .ResolveAsync(async c =>
            {
                var caller = c.RequireRole(IseRole.Secretariat, IseRole.PartnerStaff);
                var sme = await IseQuery.LoadVisibleSmeAsync(c, c.GetArgument<string>("smeId"), "smeId");
                caller.RequirePartner(sme.View.Profile.LeadPartnerId, "rectifying a contact");
                return await Grains(c).GetGrain<ISmeGrain>(sme.View.Profile.Id)
                    .RectifyContactAsync(c.GetArgument<string>("contactId"), c.GetArgument<ContactInput>("contact"), caller.Actor());
            });

        Field<NonNullGraphType<ErasureResultGraphType>>("eraseContact")
            .Description("Erasure (secretariat): removes the contact's personal data from state and storage; journeys and counts keep ids only. Audited; repeating it is harmless.")
            .Argument<NonNullGraphType<IdGraphType>>("smeId")
            .Argument<NonNullGraphType<IdGraphType>>("contactId")
            .ResolveAsync(async c =>
            {
                var caller = c.RequireRole(IseRole.Secretariat);
                var sme = await IseQuery.LoadVisibleSmeAsync(c, c.GetArgument<string>("smeId"), "smeId");
                var contactId = c.GetArgument<string>("contactId");
                var erased = await Grains(c).GetGrain<ISmeGrain>(sme.View.Profile.Id).EraseContactAsync(contactId, caller.Actor());
                return new ErasureResult(sme.View.Profile.Id, contactId, erased);
            });
    }
}
