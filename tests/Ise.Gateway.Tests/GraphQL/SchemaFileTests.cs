using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;
using Ise.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Ise.Gateway.Tests.GraphQL;

/// <summary>
/// The schema is checked in as schema.graphql at the repository root. This fails when the code's
/// schema and the file differ; run the tests with ISE_UPDATE_SCHEMA=1 to rewrite the file on purpose.
/// </summary>
public sealed class SchemaFileTests(EmbeddedGatewayFactory factory) : IClassFixture<EmbeddedGatewayFactory>
{
    [Fact]
    public void The_schema_matches_the_checked_in_schema_file()
    {
        var schema = factory.Services.GetRequiredService<ISchema>();
        var printed = schema.Print(new PrintOptions { IncludeDescriptions = true }).ReplaceLineEndings("\n").TrimEnd() + "\n";
        var path = Path.Combine(RepositoryPaths.Root, "schema.graphql");

        if (Environment.GetEnvironmentVariable("ISE_UPDATE_SCHEMA") == "1")
        {
            File.WriteAllText(path, printed);
        }

        Assert.True(File.Exists(path), "schema.graphql is missing: run the tests once with ISE_UPDATE_SCHEMA=1.");
        Assert.Equal(File.ReadAllText(path), printed);
    }
}
