using Ise.TrustedDocuments;

namespace Ise.Gateway.GraphQL.TrustedDocuments;

/// <summary>The gateway log's record of trusted-document registrations and revocations: who registered or revoked which id, under what name (the directory keeps when).</summary>
public sealed partial class TrustedDocumentAudit(ILogger<TrustedDocumentAudit> logger)
{
    public void Registered(string actor, TrustedDocument document) => LogRegistered(actor, document.Id, document.Name, document.RegisteredBy, document.RegisteredAt);

    public void Revoked(string actor, TrustedDocument document) => LogRevoked(actor, document.Id, document.Name, document.RevokedBy ?? actor, document.RevokedAt ?? DateTimeOffset.MinValue);

    [LoggerMessage(EventId = 1302, Level = LogLevel.Information, Message = "Trusted document {DocumentId} (\"{Name}\") revoked by {Actor}; first revoked by {RevokedBy} at {RevokedAt:O}")]
    private partial void LogRevoked(string actor, string documentId, string name, string revokedBy, DateTimeOffset revokedAt);

    [LoggerMessage(EventId = 1301, Level = LogLevel.Information, Message = "Trusted document {DocumentId} (\"{Name}\") registered by {Actor}; first registered by {RegisteredBy} at {RegisteredAt:O}")]
    private partial void LogRegistered(string actor, string documentId, string name, string registeredBy, DateTimeOffset registeredAt);
}
