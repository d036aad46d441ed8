namespace KerasDsl.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        Console.Error.WriteLine("kerasdsl: not implemented yet");
        return 2;
    }
}
