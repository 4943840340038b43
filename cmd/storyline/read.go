package main

import "os"

// readInto appends the contents of the file at path to buf.
func readInto(path string, buf []byte) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return buf, err
	}
	defer f.Close()
	return readLoop(buf, f.Read)
}
