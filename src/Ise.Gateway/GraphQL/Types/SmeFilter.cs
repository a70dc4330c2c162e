using Ise.Programme;
using Ise.Smes;

namespace Ise.Gateway.GraphQL.Types;

/// <summary>Which SMEs a list shows; every given criterion must hold.</summary>
public sealed record SmeFilter(Region? Region = null, Sector? Sector = null, string? PartnerId = null, SmeStage? Stage = null);
