using Ise.TrustedDocuments;

namespace Ise.Gateway.GraphQL.TrustedDocuments;

/// <summary>The gateway log's record of trusted-document registrations: who registered which id, under what name (the directory keeps when).</summary>
public sealed partial class TrustedDocumentAudit(ILogger<TrustedDocumentAudit> logger)
{
    public void Registered(string actor, TrustedDocument document) => LogRegistered(actor, document.Id, document.Name, document.RegisteredBy, document.RegisteredAt);

    [LoggerMessage(EventId = 1301, Level = LogLevel.Information, Message = "Trusted document {DocumentId} (\"{Name}\") registered by {Actor}; first registered by {RegisteredBy} at {RegisteredAt:O}")]
    private partial void LogRegistered(string actor, string documentId, string name, string registeredBy, DateTimeOffset registeredAt);
}
