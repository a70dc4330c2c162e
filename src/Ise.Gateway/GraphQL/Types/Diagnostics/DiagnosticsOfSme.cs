using Ise.Diagnostics;
using Ise.Smes;

namespace Ise.Gateway.GraphQL.Types.Diagnostics;

/// <summary>An SME's diagnostic results with the profile its recommendations and peer groups depend on.</summary>
public sealed record DiagnosticsOfSme(SmeDiagnostics Results, SmeProfile Profile);
