namespace Ise.Gateway.Tests.Security;

/// <summary>How an operation of the matrix is reached.</summary>
public enum MatrixSurface
{
    GraphQL,
    Http,
    Hub,
}
