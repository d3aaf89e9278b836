// Tabs between every token are whitespace (reference 1.1).
machine	Spaces	{
	var	n	:	int	;
	start	state	S	{
		entry	{	n	=	1	;	}
	}
}
