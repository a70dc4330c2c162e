using GraphQL.Execution;

namespace Ise.Gateway.GraphQL.Errors;

/// <summary>
/// What a resolver threw that is not one of the platform's refusals: answered INTERNAL with a plain message
/// (<see cref="IseErrorInfoProvider"/>), and logged here with the exception, so an operator can find the cause
/// of every INTERNAL a client reports.
/// </summary>
public static partial class UnexpectedResolverFailure
{
    public static void Log(UnhandledExceptionContext context)
    {
        var loggers = context.Context?.RequestServices?.GetService<ILoggerFactory>();
        if (loggers is not null)
        {
            LogFailure(loggers.CreateLogger(typeof(UnexpectedResolverFailure)), context.OriginalException, context.FieldContext?.FieldDefinition.Name ?? "(request)");
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The resolver of {Field} failed unexpectedly; the client was answered INTERNAL")]
    private static partial void LogFailure(ILogger logger, Exception exception, string field);
}
