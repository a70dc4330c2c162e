using System.Text;
using FluentValidation;
using Ise.Errors;

namespace Ise.Validation;

/// <summary>Turns FluentValidation's verdict into the platform's error: the first problem, with its field path.</summary>
public static class ValidationExtensions
{
    public static void ValidateOrThrow<T>(this IValidator<T> validator, T instance)
    {
        var result = validator.Validate(instance);
        if (!result.IsValid)
        {
            var failure = result.Errors[0];
            throw IseException.Invalid(FieldPath(failure.PropertyName), failure.ErrorMessage);
        }
    }

    /// <summary><c>Contacts[0].Email</c> → <c>contacts[0].email</c>, as the API names fields.</summary>
    public static string FieldPath(string propertyPath)
    {
        var builder = new StringBuilder(propertyPath.Length);
        var startOfSegment = true;
        foreach (var c in propertyPath)
        {
            builder.Append(startOfSegment ? char.ToLowerInvariant(c) : c);
            startOfSegment = c == '.';
        }

        return builder.ToString();
    }
}
