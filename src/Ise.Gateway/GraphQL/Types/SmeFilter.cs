using Ise.Programme;
using Ise.Smes;

namespace Ise.Gateway.GraphQL.Types;

/// <summary>
/// Which SMEs a list shows; every given criterion must hold. <see cref="Name"/>: words each beginning a word of
/// the SME's name or its company id (<see cref="SmeNameSearch"/>).
/// </summary>
public sealed record SmeFilter(Region? Region = null, Sector? Sector = null, string? PartnerId = null, SmeStage? Stage = null, string? Name = null);
