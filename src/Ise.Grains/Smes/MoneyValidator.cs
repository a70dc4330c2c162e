using FluentValidation;

namespace Ise.Smes;

/// <summary>A declared amount: not negative, below a trillion, in a supported currency.</summary>
public sealed class MoneyValidator : AbstractValidator<Money>
{
    public MoneyValidator(string field)
    {
        RuleFor(m => m.Amount).InclusiveBetween(0m, 1_000_000_000_000m)
            .WithMessage($"{field}.amount must be between 0 and 1,000,000,000,000.");
        RuleFor(m => m.Currency).IsInEnum().WithMessage($"{field}.currency must be EUR or GBP.");
    }
}
