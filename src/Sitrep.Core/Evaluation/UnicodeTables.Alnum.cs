namespace Sitrep.Core.Evaluation;

// Generated: code points unassigned in Python 3.11's Unicode 14 (so not alphanumeric there) that .NET's newer
// Unicode data classifies as letters or numbers. Entries "cp+count=0".
internal static partial class UnicodeTables
{
    private const string AlnumData =
        "1c89+2=0,a7cb+3=0,a7da+3=0,105c0+34=0,10d40+26=0,10d6f+17=0,10ec2+3=0,1123f+2=0,11380+a=0,1138b+1=0,1138e+1=0," +
        "11390+26=0,113b7+1=0,113d1+1=0,113d3+1=0,116d0+14=0,11bc0+21=0,11bf0+a=0,11f02+1=0,11f04+d=0,11f12+22=0,11f50+" +
        "a=0,1342f+1=0,13441+6=0,13460+f9b=0,16100+1e=0,16130+a=0,16d40+2d=0,16d70+a=0,18cff+1=0,1b132+1=0,1b155+1=0,1c" +
        "cf0+a=0,1d2c0+14=0,1df25+6=0,1e030+3e=0,1e4d0+1c=0,1e4f0+a=0,1e5d0+1e=0,1e5f0+b=0,2b739+1=0,2ebf0+26e=0,31350+" +
        "1060=0";
}
