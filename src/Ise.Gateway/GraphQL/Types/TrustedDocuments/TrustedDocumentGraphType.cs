using GraphQL.Types;
using Ise.TrustedDocuments;

namespace Ise.Gateway.GraphQL.Types.TrustedDocuments;

public sealed class TrustedDocumentGraphType : ObjectGraphType<TrustedDocument>
{
    public TrustedDocumentGraphType()
    {
        Name = "TrustedDocument";
        Description = "A document the secretariat registered as trusted: clients send its id as documentId, or its hash as extensions.persistedQuery.sha256Hash, instead of its text.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("sha256: and the SHA-256 of the document's text in UTF-8, lower-case hexadecimal.").Resolve(c => c.Source.Id);
        Field(d => d.Name);
        Field(d => d.Description, nullable: true);
        Field(d => d.Document);
        Field(d => d.RegisteredAt);
        Field(d => d.RegisteredBy).Description("Who registered it: a credential's name and role.");
        Field(d => d.RevokedAt, nullable: true).Description("When it was revoked: from then on it is no longer trusted. Null while it is.");
        Field(d => d.RevokedBy, nullable: true).Description("Who revoked it: a credential's name and role.");
    }
}
