using GraphQL.Types;

namespace Ise.Gateway.GraphQL.Types.People;

public sealed class IssuedPasswordGraphType : ObjectGraphType<IssuedPassword>
{
    public IssuedPasswordGraphType()
    {
        Name = "IssuedPassword";
        Description = "A generated one-time password: shown this once, to be passed to the person, who changes it with changeMyPassword.";
        Field(p => p.Account, type: typeof(NonNullGraphType<PersonAccountGraphType>));
        Field(p => p.Password);
    }
}
