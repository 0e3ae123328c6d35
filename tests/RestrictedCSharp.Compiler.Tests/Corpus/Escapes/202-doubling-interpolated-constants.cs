// expect: RCX1010
// Tries: the same doubling through constant interpolated strings and a second class, names qualified.
public static class Parts
{
    public const string P0 = "0123456789012345678901234567890123456789";
    public const string P1 = $"{Parts.P0}{P0}";
    public const string P2 = $"{Parts.P1}{P1}";
    public const string P3 = $"{Parts.P2}{P2}";
    public const string P4 = $"{Parts.P3}{P3}";
    public const string P5 = $"{Parts.P4}{P4}";
    public const string P6 = $"{Parts.P5}{P5}";
    public const string P7 = $"{Parts.P6}{P6}";
    public const string P8 = $"{Parts.P7}{P7}";
    public const string P9 = $"{Parts.P8}{P8}";
    public const string P10 = $"{Parts.P9}{P9}";
    public const string P11 = $"{Parts.P10}{P10}";
    public const string P12 = $"{Parts.P11}{P11}";
    public const string P13 = $"{Parts.P12}{P12}";
    public const string P14 = $"{Parts.P13}{P13}";
    public const string P15 = $"{Parts.P14}{P14}";
    public const string P16 = $"{Parts.P15}{P15}";
    public const string P17 = $"{Parts.P16}{P16}";
    public const string P18 = $"{Parts.P17}{P17}";
    public const string P19 = $"{Parts.P18}{P18}";
    public const string P20 = $"{Parts.P19}{P19}";
    public const string P21 = $"{Parts.P20}{P20}";
    public const string P22 = $"{Parts.P21}{P21}";
}

public static class Bot
{
    public static int Act() => Parts.P22.Length;
}
