using System.Net;
using System.Net.Sockets;

namespace Ise.Testing;

/// <summary>
/// Loopback ports nobody listens on, for silos and gateways started by tests. They are drawn below
/// the kernel's ephemeral range (32768 and up on Linux), so an outgoing connection of some other
/// process cannot take the port between the test choosing it and the host binding it.
/// </summary>
public static class FreePort
{
    private const int First = 20_000;
    private const int Last = 32_000;
    private static readonly HashSet<int> s_handedOut = [];

    public static int Next()
    {
        lock (s_handedOut)
        {
            while (true)
            {
                var port = Random.Shared.Next(First, Last);
                if (!s_handedOut.Contains(port) && IsFree(port))
                {
                    s_handedOut.Add(port);
                    return port;
                }
            }
        }
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
