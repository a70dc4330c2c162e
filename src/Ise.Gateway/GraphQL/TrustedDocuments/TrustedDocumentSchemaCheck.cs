using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace Ise.Gateway.GraphQL.TrustedDocuments;

/// <summary>
/// Whether a document offered for trust runs against this schema: each of its operations passes
/// GraphQL's validation rules (fields, arguments, types, fragments, variables' definitions). The values
/// of its variables come with each request, so only their definitions are checked here.
/// </summary>
public static class TrustedDocumentSchemaCheck
{
    /// <summary>Why the document would be refused by every request, or null when it is valid.</summary>
    public static async Task<string?> ProblemAsync(ISchema schema, GraphQLDocument document, IServiceProvider services, CancellationToken cancellationToken)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        if (operations.Count == 0)
        {
            return "The document holds no operation: a trusted document is a query, mutation or subscription clients run.";
        }

        var validator = new DocumentValidator();
        foreach (var operation in operations)
        {
            var result = await validator.ValidateAsync(new ValidationOptions
            {
                Schema = schema,
                Document = document,
                Operation = operation,
                Rules = DocumentValidator.CoreRules,
                Variables = Inputs.Empty,
                Extensions = Inputs.Empty,
                RequestServices = services,
                CancellationToken = cancellationToken,
            });
            var problems = result.Errors.Where(e => e is not InvalidVariableError).Select(e => e.Message).ToList();
            if (problems.Count > 0)
            {
                return "The document does not run against this API's schema: " + string.Join(" ", problems);
            }
        }

        return null;
    }
}
