package lcs.http;
public final class ApiMain { public static void main(String[] a) {} }
