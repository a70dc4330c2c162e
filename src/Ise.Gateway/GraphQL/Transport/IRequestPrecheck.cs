namespace Ise.Gateway.GraphQL.Transport;

/// <summary>
/// What <see cref="GraphQLHttpEndpoint"/> checks of a request before GraphQL.NET sees it: its variables as JSON
/// text, then its document, each refused with one message naming the limit passed. The gateway registers
/// <see cref="RequestPrecheck"/> only; the bench measures the pre-check's cost against an endpoint built with a
/// parse-only one (P8).
/// </summary>
public interface IRequestPrecheck
{
    /// <summary>The first limit passed by the <c>variables</c> member of a POST body, or null.</summary>
    string? VariablesInBody(ReadOnlySpan<byte> body);

    /// <summary>The first limit passed by the variables of a GET (their JSON text), or null.</summary>
    string? Variables(string json);

    /// <summary>The document parsed, or the limit it passes (see <see cref="PrecheckOutcome"/>).</summary>
    PrecheckOutcome Document(string query);
}
