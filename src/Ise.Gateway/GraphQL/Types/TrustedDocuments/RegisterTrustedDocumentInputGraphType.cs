using GraphQL.Types;
using Ise.TrustedDocuments;

namespace Ise.Gateway.GraphQL.Types.TrustedDocuments;

public sealed class RegisterTrustedDocumentInputGraphType : InputObjectGraphType<RegisterTrustedDocumentInput>
{
    public RegisterTrustedDocumentInputGraphType()
    {
        Name = "RegisterTrustedDocumentInput";
        Field(d => d.Name).Description($"What the document is for, e.g. \"ADITEC nightly SME sync\" (1–{TrustedDocumentDirectoryGrain.MaxNameLength} characters).");
        Field(d => d.Description, nullable: true).Description($"Who sends it and why (at most {TrustedDocumentDirectoryGrain.MaxDescriptionLength} characters).");
        Field(d => d.Document).Description($"The GraphQL document, exactly as clients will hash it: its id is sha256: and the SHA-256 of this text in UTF-8 (at most {TrustedDocumentDirectoryGrain.MaxDocumentLength} characters).");
    }
}
