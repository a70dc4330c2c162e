using Ise.Security;

namespace Ise.Gateway.Security;

/// <summary>
/// The gateway log's record of key management: who created, rotated or revoked which key id. Never a
/// secret nor a hash.
/// </summary>
public sealed partial class ApiKeyAudit(ILogger<ApiKeyAudit> logger)
{
    public void Created(string actor, ApiKeyView key) => LogCreated(actor, key.Id, key.Name, key.Role, key.Scope);

    public void Rotated(string actor, string oldKeyId, ApiKeyView successor, TimeSpan grace) =>
        LogRotated(actor, oldKeyId, successor.Id, (int)grace.TotalMinutes);

    public void Revoked(string actor, ApiKeyView key) => LogRevoked(actor, key.Id, key.RevokedAt);

    [LoggerMessage(EventId = 1201, Level = LogLevel.Information, Message = "API key {KeyId} created by {Actor}: name \"{Name}\", role {Role}, scope {Scope}")]
    private partial void LogCreated(string actor, string keyId, string name, IseRole role, string? scope);

    [LoggerMessage(EventId = 1202, Level = LogLevel.Information, Message = "API key {KeyId} rotated by {Actor} to {NewKeyId}; the old key works {GraceMinutes} minutes more")]
    private partial void LogRotated(string actor, string keyId, string newKeyId, int graceMinutes);

    [LoggerMessage(EventId = 1203, Level = LogLevel.Information, Message = "API key {KeyId} revoked by {Actor} (at {RevokedAt:O})")]
    private partial void LogRevoked(string actor, string keyId, DateTimeOffset? revokedAt);
}
